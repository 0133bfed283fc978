namespace CaseReview.Web.Forms;

/// <summary>A field of a page: the validator's path for it and the id of its input.</summary>
public sealed record FormField(string Path, string Id, bool IsDate = false);
