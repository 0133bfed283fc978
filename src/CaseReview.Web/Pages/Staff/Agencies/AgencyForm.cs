using CaseReview.Domain.Agencies;
using CaseReview.Web.Forms;

namespace CaseReview.Web.Pages.Staff.Agencies;

/// <summary>The words for an agency's kind, shared by the agency pages.</summary>
public static class AgencyKindWords
{
    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(nameof(AgencyKind.Council), "Council"),
        new(nameof(AgencyKind.Police), "Police"),
        new(nameof(AgencyKind.HousingProvider), "Housing provider"),
        new(nameof(AgencyKind.IntegratedCareBoard), "Integrated care board"),
        new(nameof(AgencyKind.Other), "Other partner"),
    ];

    public static string Of(AgencyKind kind) => Forms.Choices.Text(Choices, kind.ToString());

    public static IReadOnlyList<FormField> Fields { get; } =
        [new("name", "name"), new("kind", "kind"), new("contactEmail", "contact-email"), new("active", "active")];

    public const string MailboxHint = "Emails to the agency about its cases go here, for example when a review meeting is arranged. Leave it empty if the agency has none.";
}
