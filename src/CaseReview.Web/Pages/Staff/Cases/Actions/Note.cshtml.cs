using CaseReview.UseCases.Notes;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Add a note or a contact to the case's log (<see cref="AddCaseNoteCommand"/>): what kind, with whom, when (UK time;
/// now when left out), what was said or agreed, whether the panel may see it, and the entry it corrects, if any.
/// </summary>
public sealed class NoteModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? Kind { get; set; }

    [BindProperty] public string? With { get; set; }

    [BindProperty] public DateParts AtDate { get; set; } = new();

    [BindProperty] public string? AtTime { get; set; }

    [BindProperty] public string? Text { get; set; }

    [BindProperty] public List<string> Shared { get; set; } = [];

    [BindProperty] public string? Corrects { get; set; }

    protected override IReadOnlyList<FormField> Fields { get; } =
    [
        new("kind", "kind"),
        new("with", "with"),
        new("at", "at-date", IsDate: true),
        new("text", "text"),
        new("sharedWithPanel", "shared"),
        new("corrects", "corrects"),
    ];

    protected override bool CaseworkersOnly => true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var at = ReadAt();
        long? corrects = null;
        if (!string.IsNullOrWhiteSpace(Corrects))
        {
            if (long.TryParse(Corrects.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                corrects = id;
            }
            else
            {
                Errors.Add("corrects", "Enter the number of the entry this corrects, like 12");
            }
        }

        if (Errors.Any)
        {
            ViewData["HasErrors"] = true;
            return await LoadAsync(ct) ?? Page();
        }

        var command = new AddCaseNoteCommand(Kind, Text, With, at, Shared.Contains("true"), corrects) { Reference = Reference };
        return await SendAsync(command, "Note added", ct);
    }

    /// <summary>When it happened, as UK time (the command converts it); null for now.</summary>
    private DateTime? ReadAt()
    {
        if (AtDate.IsEmpty && string.IsNullOrWhiteSpace(AtTime))
        {
            return null;
        }

        var (date, problem) = AtDate.Read("The date it happened");
        if (problem is not null || date is null)
        {
            Errors.Add("at-date", problem ?? "Enter the date it happened", isDate: true);
        }

        var time = ScheduleReviewModel.ReadTime(AtTime);
        if (time is null)
        {
            Errors.Add("at-time", string.IsNullOrWhiteSpace(AtTime) ? "Enter the time it happened" : "Enter the time like 10am, 2:30pm or 14:30");
        }

        return date is { } d && time is { } t ? d.ToDateTime(t, DateTimeKind.Unspecified) : null;
    }
}
