using CaseReview.UseCases.Review;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>The applicant was consulted on the action plan before it is final (<see cref="RecordApplicantConsultationCommand"/>).</summary>
public sealed class ApplicantConsultationModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public DateParts ConsultedOn { get; set; } = new();

    [BindProperty] public string? How { get; set; }

    [BindProperty] public string? Comments { get; set; }

    protected override IReadOnlyList<FormField> Fields { get; } =
        [new("consultedOn", "consulted-on", IsDate: true), new("how", "how"), new("comments", "comments")];

    protected override bool CaseworkersOnly => true;

    protected override string? NotNow() => Case.Permissions.RecordConsultation ? null
        : $"The applicant is consulted on the action plan after the review is held and before the outcome is sent; the case is {CaseWords.Status(Case.Status)}.";

    protected override Task OnLoadedAsync(CancellationToken ct)
    {
        if (Case.Review.ApplicantConsultation is { } earlier)
        {
            ConsultedOn = DateParts.From(earlier.ConsultedOn);
            How = earlier.How;
            Comments = earlier.Comments;
        }

        return Task.CompletedTask;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (date, problem) = ConsultedOn.Read("The date the applicant was consulted");
        if (problem is not null)
        {
            Errors.Add("consulted-on", problem, isDate: true);
            ViewData["HasErrors"] = true;
            return await LoadAsync(ct) ?? Page();
        }

        return await SendAsync(new RecordApplicantConsultationCommand(date, How, Comments, Version) { Reference = Reference }, "Applicant's consultation recorded", ct);
    }
}
