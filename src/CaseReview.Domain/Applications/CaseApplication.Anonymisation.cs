using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>
/// Retention (UK GDPR storage limitation): once a closed or withdrawn case has been kept as long as the council's
/// schedule says, the personal data in it is replaced. What the statutory figures and timeliness need stays: dates,
/// statuses, categories, the counts of complaints and recommendations, and the postcode district.
/// </summary>
public sealed partial class CaseApplication
{
    /// <summary>What takes the place of a name or of free text once the case is anonymised.</summary>
    public const string AnonymisedText = "[anonymised]";

    /// <summary>The history action written when the personal data goes.</summary>
    public const string AnonymiseAction = "anonymise";

    /// <summary>When the case's personal data was replaced; null while it is held.</summary>
    public DateTime? AnonymisedAt { get; private set; }

    /// <summary>True once the personal data has been replaced (by the retention schedule or an erasure).</summary>
    public bool IsAnonymised => AnonymisedAt is not null;

    /// <summary>When the case ended: the transition into Closed or Withdrawn. Null while it is open.</summary>
    public DateTime? EndedAt => IsOpen ? null : _history.Where(h => h.To == Status && h.From != Status).Max(h => (DateTime?)h.OccurredAt);

    /// <summary>
    /// Replaces the personal data of a closed or withdrawn case: applicant, victim, third party, contact details, the story and
    /// its effect, complaint summaries and references, free-text reasons, findings, responses, meeting minutes and attendees, notes and the action
    /// plan's wording. Dates, statuses, categories and the postcode district stay, so past figures do not change.
    /// Anonymising an anonymised case changes nothing.
    /// </summary>
    /// <param name="why">Why, in the case's history (for example the retention rule applied).</param>
    /// <param name="context">Who and when.</param>
    public void Anonymise(string why, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsAnonymised)
        {
            return;
        }

        if (IsOpen)
        {
            throw new CaseStateException(Status, "An open case cannot be anonymised: it is still being worked on.");
        }

        // Article 18: a restricted case's data is kept as it is (for legal claims, say) until the restriction is lifted.
        EnsureNotRestricted();

        // The district kept for the figures is the victim's: the applicant's own when they are the victim.
        Applicant = new Applicant(AnonymisedText, null, null, null, Victim is null ? PostcodeDistrict(Applicant.Postcode) : null, Applicant.PreferredContact, null);
        Victim = Victim is null ? null : new Victim(AnonymisedText, null, PostcodeDistrict(Victim.Postcode), false, null, null);
        ThirdParty = ThirdParty is null ? null : ThirdParty with { Relationship = AnonymisedText };
        Location = AnonymisedText;
        Description = AnonymisedText;
        Impact = AnonymisedText;
        PostcodeKey = null;
        AddressKey = null;
        EmailKey = null;
        PhoneKey = null;
        ApplicantPostcodeKey = null;
        VictimEmailKey = null;
        VictimPhoneKey = null;
        ThresholdDecision = ThresholdDecision is null ? null : ThresholdDecision with { Reason = Wiped(ThresholdDecision.Reason) };
        Findings = Wiped(Findings);
        ApplicantSummary = Wiped(ApplicantSummary);
        SetAsideFindings = Wiped(SetAsideFindings);
        ApplicantConsultation = ApplicantConsultation is null ? null : ApplicantConsultation with { Comments = Wiped(ApplicantConsultation.Comments) };
        Appeal = Appeal is null ? null : Appeal with { Grounds = AnonymisedText, DecisionReason = Wiped(Appeal.DecisionReason) };
        ClosureReason = Wiped(ClosureReason);
        foreach (var complaint in _complaints)
        {
            complaint.Anonymise();
        }

        foreach (var change in _history)
        {
            change.Anonymise();
        }

        foreach (var correction in _corrections)
        {
            correction.Anonymise();
        }

        foreach (var deadline in _deadlines)
        {
            deadline.AnonymiseReason();
        }

        foreach (var recommendation in _recommendations)
        {
            recommendation.Anonymise();
        }

        foreach (var response in _responses)
        {
            response.Anonymise();
        }

        foreach (var link in _links)
        {
            link.Anonymise();
        }

        foreach (var record in _meetingRecords)
        {
            record.Anonymise();
        }

        AnonymisedAt = context.UtcNow;
        RefreshSearchText();
        _history.Add(new StatusChange(Status, Status, AnonymiseAction, context.Actor.Id, context.Actor.DisplayName, context.UtcNow, why));
        Version++;
    }

    /// <summary>
    /// The outward code of a postcode ("B98 8AH" is "B98"): kept after anonymisation for the figures by district. A
    /// value that is already a district (four characters or fewer without spaces) is its own district.
    /// </summary>
    public static string? PostcodeDistrict(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = postcode.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length > 4 ? compact[..^3] : compact;
    }

    internal static string? Wiped(string? text) => text is null ? null : AnonymisedText;
}
