namespace CaseReview.Domain.Applications;

/// <summary>The form a correctable detail's value takes.</summary>
public enum DetailFormat
{
    Text,
    Email,
    Phone,
    Postcode,
}
