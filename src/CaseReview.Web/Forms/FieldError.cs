namespace CaseReview.Web.Forms;

/// <summary>One message and where the error summary's link for it goes.</summary>
public sealed record FieldError(string FieldId, string Message, string Href);
