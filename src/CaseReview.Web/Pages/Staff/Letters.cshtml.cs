using CaseReview.UseCases.Common;
using CaseReview.UseCases.Letters;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The letters to post and the calls to make for applicants who asked for post or phone: a door onto
/// <see cref="ListLettersToSendQuery"/> and, for "Mark as posted" and "Mark as called", <see cref="MarkLetterDoneCommand"/>.
/// One that cannot be marked (already done by someone else) is a message, never a failure.
/// </summary>
public sealed class LettersModel(IMediator mediator) : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public IReadOnlyList<LetterToSend> ToPost { get; private set; } = [];

    public IReadOnlyList<LetterToSend> ToCall { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => Show(ct);

    public Task<IActionResult> OnPostPostedAsync(long id, CancellationToken ct) => Mark(id, LetterDelivery.Post, ct);

    public Task<IActionResult> OnPostCalledAsync(long id, CancellationToken ct) => Mark(id, LetterDelivery.Phone, ct);

    private async Task<IActionResult> Mark(long id, LetterDelivery how, CancellationToken ct)
    {
        try
        {
            var done = await mediator.Send(new MarkLetterDoneCommand(id, how), ct);
            return Redirect($"/staff/letters?done={Uri.EscapeDataString($"{done.Reference} {(how == LetterDelivery.Post ? "posted" : "called")}")}");
        }
        catch (Exception e) when (e is ConflictException or NotFoundException)
        {
            Errors.Add("letters", e.Message);
            ViewData["HasErrors"] = true;
            Done = null;
            return await Show(ct);
        }
    }

    private async Task<IActionResult> Show(CancellationToken ct)
    {
        var due = await mediator.Send(new ListLettersToSendQuery(), ct);
        ToPost = [.. due.Where(l => l.Delivery == LetterDelivery.Post)];
        ToCall = [.. due.Where(l => l.Delivery == LetterDelivery.Phone)];
        return Page();
    }
}
