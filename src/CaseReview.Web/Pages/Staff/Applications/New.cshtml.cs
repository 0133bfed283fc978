using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Common;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using CaseReview.Web.Pages.Staff.Cases;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Applications;

/// <summary>One complaint row as typed: dates as day/month/year so a mistake is shown back as entered.</summary>
public sealed class ComplaintRow
{
    public DateParts IncidentDate { get; set; } = new();
    public DateParts ReportedDate { get; set; } = new();
    public string? Agency { get; set; }
    public string? AgencyReference { get; set; }
    public string? Summary { get; set; }
}

/// <summary>
/// Staff enter an application taken by phone, on paper, by email or in person: the same
/// <see cref="SubmitApplicationCommand"/> the public form sends, on one page, with an idempotency key made when
/// the page opens so a double click or a refresh makes one case. Complaints are rows added and removed with
/// submit buttons, so it works without JavaScript.
/// </summary>
public sealed class NewModel(IMediator mediator) : StaffPageModel
{
    public static IReadOnlyList<Choice> Channels { get; } =
        [new("Phone", "By phone"), new("Paper", "On paper"), new("Email", "By email"), new("InPerson", "In person")];

    public static IReadOnlyList<Choice> Contacts { get; } = [new("Email", "Email"), new("Phone", "Phone"), new("Post", "Post")];

    public static IReadOnlyList<Choice> ConsentMethods { get; } = [new("InWriting", "In writing"), new("ByPhone", "On the phone"), new("InPerson", "Face to face")];

    public static IReadOnlyList<Choice> VictimTypes { get; } =
        [new("Individual", "A person"), new("Business", "A business"), new("CommunityGroup", "A community group")];

    [BindProperty] public string? IdempotencyKey { get; set; }
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? PreferredContact { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? AccessNeeds { get; set; }
    [BindProperty] public string? IsThirdParty { get; set; }
    [BindProperty] public string? VictimName { get; set; }
    [BindProperty] public string? VictimAddress { get; set; }
    [BindProperty] public string? VictimPostcode { get; set; }
    [BindProperty] public string? VictimAgreesToContact { get; set; }
    [BindProperty] public string? VictimEmail { get; set; }
    [BindProperty] public string? VictimPhone { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public string? VictimConsent { get; set; }
    [BindProperty] public string? ConsentHow { get; set; }
    [BindProperty] public DateParts ConsentGivenOn { get; set; } = new();
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? AsbType { get; set; }
    [BindProperty] public List<string> IssueTypes { get; set; } = [];
    [BindProperty] public string? HateMotivated { get; set; }
    [BindProperty] public DateParts ProblemStartedOn { get; set; } = new();

    /// <summary>The day a letter or message arrived, when it is entered later: the statutory clocks start from it.</summary>
    [BindProperty] public DateParts ReceivedOn { get; set; } = new();
    [BindProperty] public string? Impact { get; set; }
    [BindProperty] public string? VictimType { get; set; }
    [BindProperty] public List<ComplaintRow> Complaints { get; set; } = [];

    /// <summary>Which button was pressed: "add", "remove-{row}", or nothing to enter the application.</summary>
    [BindProperty] public string? Act { get; set; }

    public IActionResult OnGet()
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        IdempotencyKey = Guid.NewGuid().ToString("N");
        Complaints = [new()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Refuse() is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        if (Complaints.Count == 0)
        {
            Complaints.Add(new());
        }

        if (Act == "add")
        {
            Complaints.Add(new());
            return Page();
        }

        if (Act?.StartsWith("remove-", StringComparison.Ordinal) == true && int.TryParse(Act["remove-".Length..], out var row) && row >= 0 && row < Complaints.Count && Complaints.Count > 1)
        {
            Complaints.RemoveAt(row);
            return Page();
        }

        var (received, receivedProblem) = ReceivedOn.Read("The date the application was received");
        AddDateProblem("receivedOn", receivedProblem);
        var (started, startedProblem) = ProblemStartedOn.Read("The date the problem started");
        var complaints = new List<ComplaintInput>();
        for (var i = 0; i < Complaints.Count; i++)
        {
            var c = Complaints[i];
            var (incident, incidentProblem) = c.IncidentDate.Read("The date it happened");
            var (reported, reportedProblem) = c.ReportedDate.Read("The date it was reported");
            AddDateProblem(ComplaintId(i, "incidentDate"), incidentProblem);
            AddDateProblem(ComplaintId(i, "reportedDate"), reportedProblem);
            complaints.Add(new ComplaintInput(incident, reported, c.Agency, c.AgencyReference, c.Summary));
        }

        AddDateProblem("problemStartedOn", startedProblem);
        var isThirdParty = Choices.ToBool(IsThirdParty);
        var (consentGivenOn, consentProblem) = isThirdParty == true ? ConsentGivenOn.Read("The date the victim gave their consent") : (null, null);
        AddDateProblem("thirdParty-consentGivenOn", consentProblem);
        var command = new SubmitApplicationCommand(
            new ApplicantInput(Name, Email, Phone, Address, Postcode, Choices.ToEnum<PreferredContact>(PreferredContact), AccessNeeds),
            isThirdParty,
            isThirdParty == true ? new ThirdPartyInput(Relationship, Choices.ToBool(VictimConsent), Choices.ToEnum<ConsentMethod>(ConsentHow), consentGivenOn) : null,
            Choices.ToEnum<VictimType>(VictimType),
            Location,
            Description,
            Choices.ToEnum<AsbType>(AsbType),
            [.. IssueTypes.Select(Choices.ToEnum<IssueType>).OfType<IssueType>().Distinct()],
            Choices.ToBool(HateMotivated),
            Impact,
            Choices.ToEnum<Channel>(Channel) is { } channel && channel != Domain.Applications.Channel.Online ? channel : null,
            started,
            complaints)
        {
            IdempotencyKey = string.IsNullOrWhiteSpace(IdempotencyKey) ? Guid.NewGuid().ToString("N") : IdempotencyKey,
            ReceivedOn = received,
            Victim = isThirdParty == true ? new VictimInput(VictimName, VictimAddress, VictimPostcode, Choices.ToBool(VictimAgreesToContact), VictimEmail, VictimPhone) : null,
        };

        if (command.Channel is null)
        {
            Errors.Add("channel", "Select how the application was received");
        }

        if (!Errors.Any)
        {
            try
            {
                var submitted = await mediator.Send(command, ct);
                TempData[CaseActionPageModel.DoneKey] = "Application entered";
                return Redirect(CaseLinks.Case(submitted.Reference));
            }
            catch (ValidationException e)
            {
                Errors.AddFailures(e.Errors, FieldsFor(Complaints.Count));
            }
            catch (ConflictException e)
            {
                Errors.Add("channel", e.Message);
            }
        }
        else
        {
            // Dates that are not dates are already said; still say what else is missing, without sending anything.
            var failures = await HttpContext.RequestServices.GetRequiredService<IValidator<SubmitApplicationCommand>>().ValidateAsync(command, ct);
            Errors.AddFailures(failures.Errors.Where(f => !f.PropertyName.EndsWith("Date", StringComparison.Ordinal) && !f.PropertyName.EndsWith("StartedOn", StringComparison.Ordinal) && !f.PropertyName.EndsWith("ReceivedOn", StringComparison.Ordinal)), FieldsFor(Complaints.Count));
        }

        ViewData["HasErrors"] = true;
        return Page();
    }

    public static string ComplaintId(int row, string field) => $"complaints-{row}-{field}";

    private void AddDateProblem(string id, string? problem)
    {
        if (problem is not null)
        {
            Errors.Add(id, problem, isDate: true);
        }
    }

    // The page is a form before anything is sent, so the role the use case demands is checked on opening it too.
    private IActionResult? Refuse() => User.IsCaseworker() ? null : Forbidden();

    private static List<FormField> FieldsFor(int rows)
    {
        List<FormField> fields =
        [
            new("channel", "channel"),
            new("applicant", "applicant-name"),
            new("applicant.name", "applicant-name"),
            new("applicant.email", "applicant-email"),
            new("applicant.phone", "applicant-phone"),
            new("applicant.preferredContact", "applicant-preferredContact"),
            new("applicant.postcode", "applicant-postcode"),
            new("applicant.address", "applicant-address"),
            new("applicant.accessNeeds", "applicant-accessNeeds"),
            new("receivedOn", "receivedOn", IsDate: true),
            new("isThirdParty", "isThirdParty"),
            new("victim", "victim-name"),
            new("victim.name", "victim-name"),
            new("victim.address", "victim-address"),
            new("victim.postcode", "victim-postcode"),
            new("victim.agreesToContact", "victim-agreesToContact"),
            new("victim.email", "victim-email"),
            new("victim.phone", "victim-phone"),
            new("thirdParty", "thirdParty-relationship"),
            new("thirdParty.relationship", "thirdParty-relationship"),
            new("thirdParty.victimConsent", "thirdParty-victimConsent"),
            new("thirdParty.consentHow", "thirdParty-consentHow"),
            new("thirdParty.consentGivenOn", "thirdParty-consentGivenOn", IsDate: true),
            new("victimType", "victimType"),
            new("location", "location"),
            new("description", "description"),
            new("asbType", "asbType"),
            new("issueTypes", "issueTypes"),
            new("hateMotivated", "hateMotivated"),
            new("problemStartedOn", "problemStartedOn", IsDate: true),
            new("impact", "impact"),
            new("complaints", "complaints"),
        ];
        for (var i = 0; i < rows; i++)
        {
            fields.Add(new($"complaints[{i}].incidentDate", ComplaintId(i, "incidentDate"), IsDate: true));
            fields.Add(new($"complaints[{i}].reportedDate", ComplaintId(i, "reportedDate"), IsDate: true));
            fields.Add(new($"complaints[{i}].agency", ComplaintId(i, "agency")));
            fields.Add(new($"complaints[{i}].agencyReference", ComplaintId(i, "agencyReference")));
            fields.Add(new($"complaints[{i}].summary", ComplaintId(i, "summary")));
        }

        return fields;
    }
}
