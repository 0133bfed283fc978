using CaseReview.UseCases.Cases;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    protected override async Task OnLoadedAsync(CancellationToken ct)
    {
        Details = await Mediator.Send(new ListCorrectableDetailsQuery(Reference), ct);
        if (Details.All(d => d.Field != Field))
        {
            Field = null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await SendAsync(new CorrectDetailCommand(Field, Value, Reason, Version) { Reference = Reference }, "Detail corrected", ct);
        if (result is PageResult && !NotAllowed && User.IsCaseworker())
        {
            Details = await Mediator.Send(new ListCorrectableDetailsQuery(Reference), ct);
        }

        return result;
    }
}
