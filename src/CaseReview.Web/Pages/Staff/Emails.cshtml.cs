using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The email outbox for administrators, failed emails first: a door onto <see cref="ListEmailsQuery"/> and,
/// for "Send again", <see cref="RetryEmailCommand"/>. A retry that cannot be done is a message, never a failure.
/// </summary>
public sealed class EmailsModel(IMediator mediator) : StaffPageModel
{
    public const string AllStatuses = "All";

    /// <summary>Text, not the enum, so that anything typed in the address comes back as a message.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)] public bool Retried { get; set; }

    public EmailPage? Emails { get; private set; }

    public static IReadOnlyList<Choice> Statuses { get; } =
        [.. Enum.GetNames<OutboxStatus>().Select(s => new Choice(s, StatusWords(s))), new(AllStatuses, "All emails")];

    public static string StatusWords(string status) => status switch
    {
        nameof(OutboxStatus.Pending) => "Waiting to be sent",
        nameof(OutboxStatus.Sending) => "Being sent",
        nameof(OutboxStatus.Sent) => "Sent",
        _ => status,
    };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => Show(ct);

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        try
        {
            await mediator.Send(new RetryEmailCommand(id), ct);
            return Redirect($"/staff/emails?status={Uri.EscapeDataString(Status ?? nameof(OutboxStatus.Failed))}&retried=true");
        }
        catch (Exception e) when (e is ConflictException or NotFoundException)
        {
            Errors.Add("emails", e.Message);
            ViewData["HasErrors"] = true;
            return await Show(ct);
        }
    }

    public string PageHref(int page) => $"/staff/emails?status={Uri.EscapeDataString(Status ?? string.Empty)}&pageNumber={page}";

    private async Task<IActionResult> Show(CancellationToken ct)
    {
        OutboxStatus? status = OutboxStatus.Failed;
        if (string.Equals(Status, AllStatuses, StringComparison.OrdinalIgnoreCase))
        {
            status = null;
        }
        else if (!string.IsNullOrWhiteSpace(Status))
        {
            if (Enum.TryParse<OutboxStatus>(Status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !Status.Trim().All(char.IsAsciiDigit))
            {
                status = parsed;
            }
            else
            {
                Errors.Add("status", "Choose a status from the list");
                ViewData["HasErrors"] = true;
            }
        }

        Status = status?.ToString() ?? AllStatuses;
        Emails = await mediator.Send(new ListEmailsQuery(status, Math.Max(1, PageNumber ?? 1)), ct);
        return Page();
    }
}
