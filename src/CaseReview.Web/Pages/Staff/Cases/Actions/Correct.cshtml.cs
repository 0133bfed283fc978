using CaseReview.UseCases.Cases;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Correct one of the case's details, with a reason: <see cref="CorrectDetailCommand"/>. Shows every detail that can
/// be corrected with its value now; <c>?field=</c> chooses one (the case page links each detail here).
/// </summary>
public sealed class CorrectModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }

    [BindProperty] public string? Value { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<CorrectableDetailView> Details { get; private set; } = [];

    public IReadOnlyList<Choice> Choices => [.. Details.Select(d => new Choice(d.Field, d.Label))];

    protected override bool CaseworkersOnly => true;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("field", "field"), new("value", "value"), new("reason", "reason")];

    protected override string? NotNow() => Case.AnonymisedAt is not null ? "This case has been anonymised, so there is nothing left to correct." : null;

    /// <summary>Officers read the case with its correctable details in one go; anyone else is told the page is not theirs.</summary>
    protected override async Task<CaseDetail> ReadCaseAsync(CancellationToken ct)
    {
        if (!User.IsCaseworker())
        {
            return await base.ReadCaseAsync(ct);
        }

        var form = await Mediator.Send(new GetCorrectionFormQuery(Reference), ct);
        Details = form.Details;
        return form.Case;
    }

    protected override Task OnLoadedAsync(CancellationToken ct)
    {
        if (Details.All(d => d.Field != Field))
        {
            Field = null;
        }

        return Task.CompletedTask;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await SendAsync(new CorrectDetailCommand(Field, Value, Reason, Version) { Reference = Reference }, "Detail corrected", ct);
}
