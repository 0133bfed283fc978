namespace CaseReview.Domain.Applications;

/// <summary>
/// A correction of a detail the case holds (UK GDPR Article 16, rectification): which detail, the value it had, the
/// value it has now, why, who and when. Kept with the case for caseworkers; panel members never see it. Anonymised
/// with the case.
/// </summary>
public sealed class DetailCorrection
{
    public const int ReasonLength = 2000;

    private DetailCorrection() { Field = string.Empty; Reason = string.Empty; CorrectedById = string.Empty; CorrectedByName = string.Empty; }

    public DetailCorrection(string field, string? oldValue, string? newValue, string reason, Actor actor, DateTime correctedAtUtc)
    {
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Reason = reason;
        CorrectedById = actor.Id;
        CorrectedByName = actor.DisplayName;
        CorrectedAt = correctedAtUtc;
    }

    public int Id { get; private set; }

    /// <summary>The detail's key, as the API names it: <c>applicant.email</c>, <c>complaints[1].summary</c>.</summary>
    public string Field { get; private set; }

    public string? OldValue { get; private set; }
    public string? NewValue { get; private set; }
    public string Reason { get; private set; }
    public string CorrectedById { get; private set; }
    public string CorrectedByName { get; private set; }
    public DateTime CorrectedAt { get; private set; }

    internal void Anonymise()
    {
        OldValue = OldValue is null ? null : CaseApplication.AnonymisedText;
        NewValue = NewValue is null ? null : CaseApplication.AnonymisedText;
        Reason = CaseApplication.AnonymisedText;
    }
}
