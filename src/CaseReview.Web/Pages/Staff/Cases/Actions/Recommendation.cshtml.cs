using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Review;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Progress on one recommendation of the action plan (<see cref="UpdateRecommendationStatusCommand"/>): a new
/// status and a note, by a case officer or a panel member of the agency that owns it. Every update is shown.
/// </summary>
public sealed class RecommendationModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [FromRoute] public int Id { get; set; }

    [BindProperty] public string? Status { get; set; }

    [BindProperty] public string? Note { get; set; }

    public RecommendationView? Recommendation => Case?.Review.Recommendations.FirstOrDefault(r => r.Id == Id);

    public static IReadOnlyList<Choice> StatusChoices { get; } =
        [.. Enum.GetValues<RecommendationStatus>().Select(s => new Choice(s.ToString(), StatusText(s)))];

    public static string StatusText(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Open => "Not started",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Completed => "Completed",
        RecommendationStatus.NotCompleted => "Not completed",
        _ => status.ToString(),
    };

    public static string TagClass(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Open => "govuk-tag--grey",
        RecommendationStatus.InProgress => "govuk-tag--blue",
        RecommendationStatus.Completed => "govuk-tag--green",
        RecommendationStatus.NotCompleted => "govuk-tag--red",
        _ => string.Empty,
    };

    protected override IReadOnlyList<FormField> Fields { get; } = [new("status", "status"), new("note", "note")];

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        if (Recommendation is not { } rec)
        {
            return NotFound();
        }

        Version = Case.Version;
        Status = rec.Status.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var command = new UpdateRecommendationStatusCommand(Choices.ToEnum<RecommendationStatus>(Status), Note, Version) { Reference = Reference, RecommendationId = Id };
        var result = await SendAsync(command, "Recommendation updated", ct);
        return result is PageResult && Case is not null && Recommendation is null ? NotFound() : result;
    }
}
