using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

/// <summary>
/// A third party says who they apply for (the victim's name, address, and how to reach them if they agree) and records
/// the victim's consent: that they agree, how they said so and when. Their own name and contact details are the applicant's.
/// </summary>
public sealed class SomeoneElseModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    public static IReadOnlyList<Choice> ConsentMethods { get; } =
        [new("InWriting", "In writing", "For example, a letter, an email or a text message"), new("ByPhone", "On the phone"), new("InPerson", "In person")];

    private static readonly FormField[] Fields =
    [
        new("victim", "victim-name"),
        new("victim.name", "victim-name"),
        new("victim.address", "victim-address"),
        new("victim.postcode", "victim-postcode"),
        new("thirdParty", "thirdParty-relationship"),
        new("thirdParty.relationship", "thirdParty-relationship"),
        new("victim.agreesToContact", "victim-agreesToContact"),
        new("victim.email", "victim-email"),
        new("victim.phone", "victim-phone"),
        new("thirdParty.victimConsent", "thirdParty-victimConsent"),
        new("thirdParty.consentHow", "thirdParty-consentHow"),
        new("thirdParty.consentGivenOn", "thirdParty-consentGivenOn", IsDate: true),
    ];

    [BindProperty] public string? VictimName { get; set; }
    [BindProperty] public string? VictimAddress { get; set; }
    [BindProperty] public string? VictimPostcode { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public string? AgreesToContact { get; set; }
    [BindProperty] public string? VictimEmail { get; set; }
    [BindProperty] public string? VictimPhone { get; set; }
    [BindProperty] public bool VictimConsent { get; set; }
    [BindProperty] public string? ConsentHow { get; set; }
    [BindProperty] public DateParts ConsentGivenOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        (VictimName, VictimAddress, VictimPostcode, Relationship) = (Answers.VictimName, Answers.VictimAddress, Answers.VictimPostcode, Answers.Relationship);
        AgreesToContact = Answers.VictimAgreesToContact?.ToString().ToLowerInvariant();
        (VictimEmail, VictimPhone) = (Answers.VictimEmail, Answers.VictimPhone);
        VictimConsent = Answers.VictimConsent == true;
        ConsentHow = Answers.ConsentHow?.ToString();
        ConsentGivenOn = DateParts.From(Answers.ConsentGivenOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        var (givenOn, dateProblem) = ConsentGivenOn.Read("The date they agreed");
        (Answers.VictimName, Answers.VictimAddress, Answers.VictimPostcode, Answers.Relationship) = (VictimName, VictimAddress, VictimPostcode, Relationship);
        Answers.VictimAgreesToContact = Choices.ToBool(AgreesToContact);
        // Their email and phone are kept only if they agree to be contacted: a "No" forgets what was typed.
        (Answers.VictimEmail, Answers.VictimPhone) = Answers.VictimAgreesToContact == false ? (null, null) : (VictimEmail, VictimPhone);
        (VictimEmail, VictimPhone) = (Answers.VictimEmail, Answers.VictimPhone);
        Answers.VictimConsent = VictimConsent;
        Answers.ConsentHow = Choices.ToEnum<ConsentMethod>(ConsentHow);
        Answers.ConsentGivenOn = givenOn;
        AddDateProblem("thirdParty-consentGivenOn", dateProblem);
        await CheckAsync(Fields, ct);
        if (Errors.Any)
        {
            return Page();
        }

        await SaveAsync(ct);
        return Next("/Apply/Problem");
    }
}
