using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Tracking;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Track;

/// <summary>
/// The applicant changes their contact details and how we contact them (<see cref="ChangeContactByTrackingCodeCommand"/>).
/// The details held are never shown here: anyone with the code could read them. A box left empty keeps what is held.
/// </summary>
public sealed class ContactModel(IMediator mediator) : TrackingPageModel(mediator)
{
    public static readonly IReadOnlyList<Choice> ContactChoices = [new("Email", "By email"), new("Phone", "By phone"), new("Post", "By post")];

    private static readonly FormField[] Fields =
    [
        new("preferredContact", "preferredContact"),
        new("email", "email"),
        new("phone", "phone"),
        new("address", "address"),
        new("postcode", "postcode"),
    ];

    [BindProperty] public string? PreferredContact { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Postcode { get; set; }

    /// <summary>Why the details cannot be changed now, in plain words; null while they can.</summary>
    public string? NotPossible { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        NotPossible = View.CanChangeContact ? null : EndedWords;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        try
        {
            await Mediator.Send(new ChangeContactByTrackingCodeCommand(Email, Phone, Address, Postcode, Choices.ToEnum<PreferredContact>(PreferredContact))
            {
                TrackingCode = code,
            }, ct);
            return Redirect($"/track/{Uri.EscapeDataString(code)}/contact-changed");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, Fields);
            ShowErrors();
        }
        catch (CaseRuleException rule)
        {
            Errors.Add(Fields.FirstOrDefault(f => f.Path == rule.Field)?.Id ?? "email", rule.Message);
            ShowErrors();
        }
        catch (CaseStateException)
        {
            NotPossible = EndedWords;
        }

        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private const string EndedWords = "This application has ended, so you cannot change your details here. If you need to, contact us.";
}
