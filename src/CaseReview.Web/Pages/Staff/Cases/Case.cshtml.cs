using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Letters;
using CaseReview.UseCases.Notes;
using CaseReview.UseCases.Reminders;
using CaseReview.UseCases.Risk;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// One case as <see cref="GetCaseQuery"/> shows it to the caller (the view is audited there): its deadlines,
/// the actions allowed now (each a link to its form under <c>Actions/</c>), the reminders sent, the
/// application, the review and the timeline, with the notes, contacts and documents the caller may see (the reads are
/// audited by <see cref="ListCaseNotesQuery"/> and <see cref="ListCaseDocumentsQuery"/>). A case the caller may not see
/// is "not found", as in the API.
/// </summary>
public sealed class CaseModel(IMediator mediator) : StaffPageModel
{
    public CaseDetail? Case { get; private set; }

    /// <summary>The deadline reminders sent about this case, newest first.</summary>
    public IReadOnlyList<CaseReminderView> Reminders { get; private set; } = [];

    /// <summary>The letters the case has now; none for someone who may not print letters.</summary>
    public IReadOnlyList<CaseLetterLink> Letters { get; private set; } = [];
    /// <summary>The history, notes and documents the caller may see, newest first.</summary>
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    /// <summary>The documents the caller may see.</summary>
    public IReadOnlyList<CaseDocumentView> Documents { get; private set; } = [];

    /// <summary>The victim's risk assessments as the caller may see them; null for those who may not (appeal reviewers).</summary>
    public RiskAssessmentHistory? Risk { get; private set; }

    /// <summary>What the last form did ("Threshold decision recorded"), shown once.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        Case = await mediator.Send(new GetCaseQuery(reference), ct);
        Reminders = await mediator.Send(new ListCaseRemindersQuery(reference), ct);
        Letters = await LettersAsync(reference, ct);
        Documents = await mediator.Send(new ListCaseDocumentsQuery(reference), ct);
        Risk = await RiskAsync(reference, ct);
        Timeline = TimelineItem.Of(Case, await mediator.Send(new ListCaseNotesQuery(reference), ct), Documents);
        Done = TempData[CaseActionPageModel.DoneKey] as string;
        return Page();
    }

    private async Task<RiskAssessmentHistory?> RiskAsync(string reference, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new ListRiskAssessmentsQuery(reference), ct);
        }
        catch (ForbiddenException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<CaseLetterLink>> LettersAsync(string reference, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new ListCaseLettersQuery(reference), ct);
        }
        catch (ForbiddenException)
        {
            return [];
        }
    }
}
