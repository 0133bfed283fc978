using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Retention;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The retention schedule for administrators: the settings in words and what a run would change now (a dry run of
/// <see cref="RunRetentionCommand"/>), with a button that runs it. Viewing and running are both audited.
/// </summary>
public sealed class RetentionModel(IMediator mediator, RetentionSettings retention, DraftSettings drafts) : StaffPageModel
{
    public IReadOnlyList<RetentionWords.Line> Schedule => RetentionWords.Schedule(retention, drafts);

    public bool JobEnabled => retention.Enabled;

    public int IntervalMinutes => retention.IntervalMinutes;

    /// <summary>What a run would change now, or (after "Run now") what it changed.</summary>
    public RetentionReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await mediator.Send(new RunRetentionCommand(DryRun: true), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Report = await mediator.Send(new RunRetentionCommand(DryRun: false), ct);
        return Page();
    }
}
