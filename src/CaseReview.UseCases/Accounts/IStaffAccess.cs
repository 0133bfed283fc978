namespace CaseReview.UseCases.Accounts;

/// <summary>The roles and agency an account is given: shared by creating an account and changing its access.</summary>
public interface IStaffAccess
{
    IReadOnlyList<string>? Roles { get; }
    string? Agency { get; }

    /// <summary>The person's name as colleagues know it; optional (the email address stands in).</summary>
    string? Name { get; }
}
