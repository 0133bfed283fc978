using CaseReview.Web.Forms;

namespace CaseReview.Web.Pages.Staff.Agencies;

/// <summary>What the shared agency fields show: the typed answers and their messages.</summary>
public interface IAgencyFormPage
{
    string? Name { get; }
    string? Kind { get; }
    string? ContactEmail { get; }
    FormErrors Errors { get; }
}
