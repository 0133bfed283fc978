using System.Text.RegularExpressions;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>
/// Officers correct what the case holds about the applicant, the victim, the problem and the complaints when it is
/// wrong (UK GDPR Article 16). The old value is kept in <see cref="Corrections"/>, for caseworkers only. The dates and
/// agencies of complaints are not corrected here: they are the evidence the threshold was decided on.
/// </summary>
public sealed partial class CaseApplication
{
    /// <summary>The details that can be corrected, in the order the staff page offers them. Complaints: see <see cref="ComplaintDetails"/>.</summary>
    public static readonly IReadOnlyList<CorrectableDetail> CaseDetails =
    [
        new("applicant.name", "Applicant's name", 200, true),
        new("applicant.email", "Applicant's email address", 254, false, DetailFormat.Email),
        new("applicant.phone", "Applicant's phone number", 20, false, DetailFormat.Phone),
        new("applicant.address", "Applicant's postal address", 500, false),
        new("applicant.postcode", "Applicant's postcode", 10, false, DetailFormat.Postcode),
        new("applicant.accessNeeds", "Applicant's access needs", 1000, false),
        new("victim.name", "Victim's name", 200, true),
        new("victim.address", "Victim's address", 500, true),
        new("victim.postcode", "Victim's postcode", 10, true, DetailFormat.Postcode),
        new("victim.email", "Victim's email address", 254, false, DetailFormat.Email),
        new("victim.phone", "Victim's phone number", 20, false, DetailFormat.Phone),
        new("location", "Where the anti-social behaviour happens", 500, true),
        new("description", "What is happening", 5000, true),
        new("impact", "How it affects the victim", 5000, true),
    ];

    private readonly List<DetailCorrection> _corrections = [];

    /// <summary>Every correction made to the case, oldest first.</summary>
    public IReadOnlyList<DetailCorrection> Corrections => _corrections;

    /// <summary>The correctable details of the complaint at <paramref name="index"/> (in the order they are shown: by incident date).</summary>
    public static IReadOnlyList<CorrectableDetail> ComplaintDetails(int index) =>
    [
        new($"complaints[{index}].summary", $"Complaint {index + 1}: what happened", 2000, false),
        new($"complaints[{index}].agencyReference", $"Complaint {index + 1}: the agency's reference", 100, false),
    ];

    /// <summary>The complaints in the order the case shows them, which is the order their indexes count.</summary>
    public IReadOnlyList<Complaint> ComplaintsInOrder => [.. _complaints.OrderBy(c => c.IncidentDate).ThenBy(c => c.Id)];

    /// <summary>The details this case has: no victim's details when the applicant is the victim, and their email or phone only when they agreed to be contacted.</summary>
    public IReadOnlyList<CorrectableDetail> CorrectableDetails() =>
    [
        .. CaseDetails.Where(d => !d.Field.StartsWith("victim.", StringComparison.Ordinal)
            || (Victim is { } victim && (victim.AgreesToContact || d.Field is not ("victim.email" or "victim.phone")))),
        .. ComplaintsInOrder.SelectMany((_, i) => ComplaintDetails(i)),
    ];

    /// <summary>A detail's words for the staff pages ("Applicant's email address", "Complaint 2: what happened"); the key itself when unknown.</summary>
    public static string DetailLabel(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return CaseDetails.FirstOrDefault(d => d.Field == field)?.Label
            ?? (ComplaintFieldPattern().Match(field) is { Success: true } m && int.TryParse(m.Groups[1].Value, out var index)
                ? ComplaintDetails(index).First(d => d.Field == field).Label
                : field);
    }

    /// <summary>The value a detail holds now; null when empty.</summary>
    public string? DetailValue(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (ComplaintField(field) is { } c)
        {
            var complaint = ComplaintsInOrder[c.Index];
            return NullIfEmpty(c.Part == "summary" ? complaint.Summary : complaint.AgencyReference);
        }

        return field switch
        {
            "applicant.name" => Applicant.Name,
            "applicant.email" => Applicant.Email,
            "applicant.phone" => Applicant.Phone,
            "applicant.address" => Applicant.Address,
            "applicant.postcode" => Applicant.Postcode,
            "applicant.accessNeeds" => Applicant.AccessNeeds,
            "victim.name" => Victim?.Name,
            "victim.address" => Victim?.Address,
            "victim.postcode" => Victim?.Postcode,
            "victim.email" => Victim?.Email,
            "victim.phone" => Victim?.Phone,
            "location" => Location,
            "description" => Description,
            "impact" => Impact,
            _ => null,
        };
    }

    /// <summary>
    /// Corrects one detail: <paramref name="value"/> replaces it (empty clears a detail that may be empty), and the old
    /// value is kept with <paramref name="reason"/>. Refused for an anonymised case (nothing is left to correct), a detail
    /// the case does not have, an empty required detail, a value no different from the one held, and a contact detail the
    /// applicant's preferred way of contact needs.
    /// </summary>
    public DetailCorrection Correct(string field, string? value, string reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(context);
        if (IsAnonymised)
        {
            throw new CaseStateException(Status, "This case has been anonymised, so there is nothing left to correct.");
        }

        var detail = CorrectableDetails().FirstOrDefault(d => d.Field == field)
            ?? throw new CaseRuleException("field", "Choose a detail this case holds");
        var newValue = NullIfEmpty(value?.Trim());
        if (detail.Format == DetailFormat.Postcode)
        {
            newValue = newValue?.ToUpperInvariant();
        }

        if (newValue is null && detail.Required)
        {
            throw new CaseRuleException("value", $"Enter the correct value: {detail.Label.ToLowerInvariant()} cannot be left empty");
        }

        if (newValue?.Length > detail.MaxLength)
        {
            throw new CaseRuleException("value", $"The correct value must be {detail.MaxLength} characters or fewer");
        }

        var oldValue = DetailValue(field);
        if (string.Equals(oldValue, newValue, StringComparison.Ordinal))
        {
            throw new CaseRuleException("value", "This is the value the case already holds. Enter the correct value");
        }

        var needed = Applicant.PreferredContact switch
        {
            PreferredContact.Email => "applicant.email",
            PreferredContact.Phone => "applicant.phone",
            PreferredContact.Post => "applicant.address",
            _ => null,
        };
        if (newValue is null && field == needed)
        {
            throw new CaseRuleException("value", $"The applicant asked to be contacted by {Applicant.PreferredContact.ToString().ToLowerInvariant()}, so this cannot be left empty");
        }

        Set(field, newValue);
        RefreshMatchKeys();
        var correction = new DetailCorrection(field, oldValue, newValue, reason.Trim(), context.Actor, context.UtcNow);
        _corrections.Add(correction);
        Version++;
        return correction;
    }

    private void Set(string field, string? value)
    {
        if (ComplaintField(field) is { } c)
        {
            ComplaintsInOrder[c.Index].Correct(c.Part, value);
            return;
        }

        switch (field)
        {
            case "applicant.name": Applicant = Applicant with { Name = value! }; break;
            case "applicant.email": Applicant = Applicant with { Email = value }; break;
            case "applicant.phone": Applicant = Applicant with { Phone = value }; break;
            case "applicant.address": Applicant = Applicant with { Address = value }; break;
            case "applicant.postcode": Applicant = Applicant with { Postcode = value }; break;
            case "applicant.accessNeeds": Applicant = Applicant with { AccessNeeds = value }; break;
            case "victim.name": Victim = Victim! with { Name = value! }; break;
            case "victim.address": Victim = Victim! with { Address = value }; break;
            case "victim.postcode": Victim = Victim! with { Postcode = value }; break;
            case "victim.email": Victim = Victim! with { Email = value }; break;
            case "victim.phone": Victim = Victim! with { Phone = value }; break;
            case "location": Location = value!; break;
            case "description": Description = value!; break;
            case "impact": Impact = value!; break;
            default: throw new CaseRuleException("field", "Choose a detail this case holds");
        }
    }

    private (int Index, string Part)? ComplaintField(string field) =>
        ComplaintFieldPattern().Match(field) is { Success: true } m
        && int.TryParse(m.Groups[1].Value, out var index) && index < _complaints.Count
            ? (index, m.Groups[2].Value)
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"^complaints\[(\d{1,3})\]\.(summary|agencyReference)$")]
    private static partial Regex ComplaintFieldPattern();
}
