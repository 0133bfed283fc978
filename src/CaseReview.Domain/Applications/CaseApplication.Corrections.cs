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
        Detail("applicant.name", "Applicant's name", 200, true, a => a.Applicant.Name, (a, v) => a.Applicant = a.Applicant with { Name = v! }),
        Detail("applicant.email", "Applicant's email address", 254, false, a => a.Applicant.Email, (a, v) => a.Applicant = a.Applicant with { Email = v }, DetailFormat.Email),
        Detail("applicant.phone", "Applicant's phone number", 20, false, a => a.Applicant.Phone, (a, v) => a.Applicant = a.Applicant with { Phone = v }, DetailFormat.Phone),
        Detail("applicant.address", "Applicant's postal address", 500, false, a => a.Applicant.Address, (a, v) => a.Applicant = a.Applicant with { Address = v }),
        Detail("applicant.postcode", "Applicant's postcode", 10, false, a => a.Applicant.Postcode, (a, v) => a.Applicant = a.Applicant with { Postcode = v }, DetailFormat.Postcode),
        Detail("applicant.accessNeeds", "Applicant's access needs", 1000, false, a => a.Applicant.AccessNeeds, (a, v) => a.Applicant = a.Applicant with { AccessNeeds = v }),
        Detail("victim.name", "Victim's name", 200, true, a => a.Victim?.Name, (a, v) => a.Victim = a.Victim! with { Name = v! }),
        Detail("victim.address", "Victim's address", 500, true, a => a.Victim?.Address, (a, v) => a.Victim = a.Victim! with { Address = v }),
        Detail("victim.postcode", "Victim's postcode", 10, true, a => a.Victim?.Postcode, (a, v) => a.Victim = a.Victim! with { Postcode = v }, DetailFormat.Postcode),
        Detail("victim.email", "Victim's email address", 254, false, a => a.Victim?.Email, (a, v) => a.Victim = a.Victim! with { Email = v }, DetailFormat.Email),
        Detail("victim.phone", "Victim's phone number", 20, false, a => a.Victim?.Phone, (a, v) => a.Victim = a.Victim! with { Phone = v }, DetailFormat.Phone),
        Detail("location", "Where the anti-social behaviour happens", 500, true, a => a.Location, (a, v) => a.Location = v!),
        Detail("description", "What is happening", 5000, true, a => a.Description, (a, v) => a.Description = v!),
        Detail("impact", "How it affects the victim", 5000, true, a => a.Impact, (a, v) => a.Impact = v!),
    ];

    private readonly List<DetailCorrection> _corrections = [];

    /// <summary>Every correction made to the case, oldest first.</summary>
    public IReadOnlyList<DetailCorrection> Corrections => _corrections;

    /// <summary>The correctable details of the complaint at <paramref name="index"/> (in the order they are shown: by incident date).</summary>
    public static IReadOnlyList<CorrectableDetail> ComplaintDetails(int index) =>
    [
        Detail($"complaints[{index}].summary", $"Complaint {index + 1}: what happened", 2000, false,
            a => NullIfEmpty(a.ComplaintsInOrder[index].Summary), (a, v) => a.ComplaintsInOrder[index].CorrectSummary(v)),
        Detail($"complaints[{index}].agencyReference", $"Complaint {index + 1}: the agency's reference", 100, false,
            a => NullIfEmpty(a.ComplaintsInOrder[index].AgencyReference), (a, v) => a.ComplaintsInOrder[index].CorrectAgencyReference(v)),
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

    /// <summary>The value a detail of this case holds now; null when empty, or when the case has no such detail.</summary>
    public string? DetailValue(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return CorrectableDetails().FirstOrDefault(d => d.Field == field)?.Get(this);
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

        var oldValue = detail.Get(this);
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

        detail.Set(this, newValue);
        RefreshMatchKeys();
        var correction = new DetailCorrection(field, oldValue, newValue, reason.Trim(), context.Actor, context.UtcNow);
        _corrections.Add(correction);
        Version++;
        return correction;
    }

    private static CorrectableDetail Detail(string field, string label, int maxLength, bool required,
        Func<CaseApplication, string?> get, Action<CaseApplication, string?> set, DetailFormat format = DetailFormat.Text) =>
        new(field, label, maxLength, required, format) { Get = get, Set = set };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    [GeneratedRegex(@"^complaints\[(\d{1,3})\]\.(summary|agencyReference)$")]
    private static partial Regex ComplaintFieldPattern();
}
