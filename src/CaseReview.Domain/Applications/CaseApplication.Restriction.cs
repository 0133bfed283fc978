using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>
/// Restriction of processing (UK GDPR Article 18): on one of the four grounds an administrator restricts the case. Its
/// data is then stored but not processed: no action, change, email, letter, reminder or anonymisation until the
/// restriction is lifted, and panel members no longer see it.
/// </summary>
public sealed partial class CaseApplication
{
    /// <summary>The history action written when processing is restricted.</summary>
    public const string RestrictAction = "restrict-processing";

    /// <summary>The history action written when the restriction is lifted.</summary>
    public const string LiftRestrictionAction = "lift-restriction";

    /// <summary>The most characters a reason for restricting or lifting may have.</summary>
    public const int RestrictionReasonLength = 2000;

    /// <summary>When processing was restricted; null while it is not.</summary>
    public DateTime? RestrictedAt { get; private set; }

    public RestrictionGround? RestrictionGround { get; private set; }

    /// <summary>Who restricted it (their name as the history shows it).</summary>
    public string? RestrictedBy { get; private set; }

    public bool IsRestricted => RestrictedAt is not null;

    /// <summary>What anyone asking to act on a restricted case is told.</summary>
    public static string RestrictedMessage(RestrictionGround? ground) =>
        $"Processing of this case is restricted (UK GDPR Article 18: {(ground is { } g ? RestrictionGrounds.Words(g) : "restricted")}). "
        + "Its data is kept but nothing can be done with it until an administrator lifts the restriction.";

    /// <summary>Restricts processing on <paramref name="ground"/>, with the reason in the case's history.</summary>
    public void RestrictProcessing(RestrictionGround ground, string reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsAnonymised)
        {
            throw new CaseStateException(Status, "This case has been anonymised: no personal data is left to restrict.");
        }

        if (IsRestricted)
        {
            throw new CaseStateException(Status, "Processing of this case is already restricted. Lift the restriction first to restrict it on another ground.");
        }

        RestrictedAt = context.UtcNow;
        RestrictionGround = ground;
        RestrictedBy = context.Actor.DisplayName;
        _history.Add(new StatusChange(Status, Status, RestrictAction, context.Actor.Id, context.Actor.DisplayName, context.UtcNow,
            $"Processing restricted: {RestrictionGrounds.Words(ground)}. {reason.Trim()}"));
        Version++;
    }

    /// <summary>Lifts the restriction, with the reason in the case's history: the case can be worked on again.</summary>
    public void LiftRestriction(string reason, ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsRestricted)
        {
            throw new CaseStateException(Status, "Processing of this case is not restricted, so there is nothing to lift.");
        }

        RestrictedAt = null;
        RestrictionGround = null;
        RestrictedBy = null;
        _history.Add(new StatusChange(Status, Status, LiftRestrictionAction, context.Actor.Id, context.Actor.DisplayName, context.UtcNow,
            $"Restriction of processing lifted. {reason.Trim()}"));
        Version++;
    }

    /// <summary>Refuses any processing while the case is restricted (409, with the case's status).</summary>
    public void EnsureNotRestricted()
    {
        if (IsRestricted)
        {
            throw new CaseStateException(Status, RestrictedMessage(RestrictionGround));
        }
    }
}
