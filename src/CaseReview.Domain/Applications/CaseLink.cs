namespace CaseReview.Domain.Applications;

/// <summary>
/// One side of a link between two applications about the same problem, address or person. Links are
/// symmetric: each of the two cases holds a row naming the other, so either can be found from the other.
/// </summary>
public sealed class CaseLink
{
    private CaseLink() { LinkedReference = string.Empty; Reason = string.Empty; LinkedById = string.Empty; LinkedByName = string.Empty; }

    public CaseLink(Guid linkedApplicationId, string linkedReference, string reason, Actor actor, DateTime linkedAtUtc)
    {
        LinkedApplicationId = linkedApplicationId;
        LinkedReference = linkedReference;
        Reason = reason;
        LinkedById = actor.Id;
        LinkedByName = actor.DisplayName;
        LinkedAt = linkedAtUtc;
    }

    public int Id { get; private set; }
    public Guid LinkedApplicationId { get; private set; }
    public string LinkedReference { get; private set; }
    public string Reason { get; private set; }
    public string LinkedById { get; private set; }
    public string LinkedByName { get; private set; }
    public DateTime LinkedAt { get; private set; }

    /// <summary>Retention: why the cases were linked goes (it may name the people); the link stays.</summary>
    internal void Anonymise() => Reason = CaseApplication.AnonymisedText;
}
