using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>Move an open stage's due date later, with a reason: <see cref="ExtendDeadlineCommand"/>.</summary>
public sealed class ExtendDeadlineModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [FromRoute(Name = "stage")] public string StageName { get; set; } = string.Empty;

    [BindProperty] public DateParts DueDate { get; set; } = new();

    [BindProperty] public string? Reason { get; set; }

    public Stage Stage => Enum.TryParse<Stage>(StageName, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (Stage)(-1);

    public DeadlineView? Deadline => Case?.Deadlines.FirstOrDefault(d => d.Stage == Stage);

    protected override bool CaseworkersOnly => true;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("dueDate", "dueDate", IsDate: true), new("reason", "reason")];

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await base.OnGetAsync(ct);
        return !NotAllowed && Case is not null && Deadline is null ? NotFound() : result;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Enum.IsDefined(Stage))
        {
            return NotFound();
        }

        var (date, problem) = DueDate.Read("The new due date");
        if (problem is not null)
        {
            // What was typed is not a date: say so beside it (and check the reason too) without sending anything.
            Errors.Add("dueDate", problem, isDate: true);
            if (string.IsNullOrWhiteSpace(Reason))
            {
                Errors.Add("reason", "Enter why the deadline is being extended");
            }

            ViewData["HasErrors"] = true;
            return await LoadAsync(ct) ?? (Deadline is null ? NotFound() : Page());
        }

        var result = await SendAsync(new ExtendDeadlineCommand(date, Reason, Version) { Reference = Reference, Stage = Stage }, "Deadline extended", ct);
        return result is PageResult && !NotAllowed && Deadline is null ? NotFound() : result;
    }
}
