using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>Linking applications about the same problem: not linking reports is the failure the review exists to prevent.</summary>
public sealed partial class CaseApplication
{
    public bool IsLinkedTo(CaseApplication other) => _links.Any(l => l.LinkedApplicationId == other.Id);

    /// <summary>Links this case and <paramref name="other"/> both ways, with a history row on each.</summary>
    public void LinkTo(CaseApplication other, string reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Id == Id)
        {
            throw new CaseRuleException("otherReference", "A case cannot be linked to itself.");
        }

        if (IsLinkedTo(other))
        {
            throw new CaseStateException(Status, $"{Reference} and {other.Reference} are already linked.");
        }

        AddLink(other, reason, context);
        other.AddLink(this, reason, context);
    }

    /// <summary>Removes the link both ways; false when the two were not linked.</summary>
    public bool UnlinkFrom(CaseApplication other, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!IsLinkedTo(other))
        {
            return false;
        }

        RemoveLink(other, context);
        other.RemoveLink(this, context);
        return true;
    }

    /// <summary>History actions that name another case: shown only to those who may see links.</summary>
    public static readonly IReadOnlySet<string> LinkActions = new HashSet<string>(StringComparer.Ordinal) { "linked", "unlinked" };

    // The history row names the other case but not the reason: the reason stays on the link, whose readers are checked.
    private void AddLink(CaseApplication other, string reason, ActionContext context)
    {
        _links.Add(new CaseLink(other.Id, other.Reference, reason, context.Actor, context.UtcNow));
        _history.Add(new StatusChange(Status, Status, "linked", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, $"Linked to {other.Reference}"));
        Version++;
    }

    private void RemoveLink(CaseApplication other, ActionContext context)
    {
        _links.RemoveAll(l => l.LinkedApplicationId == other.Id);
        _history.Add(new StatusChange(Status, Status, "unlinked", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, $"No longer linked to {other.Reference}"));
        Version++;
    }
}
