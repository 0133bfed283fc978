using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>The details of one case an officer may correct, each with its value now: for the correction form.</summary>
[Callers(Callers.Caseworkers, "correct a case's details")]
public sealed record ListCorrectableDetailsQuery(string Reference) : IQuery<IReadOnlyList<CorrectableDetailView>>;

public sealed class ListCorrectableDetailsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListCorrectableDetailsQuery, IReadOnlyList<CorrectableDetailView>>
{
    public async ValueTask<IReadOnlyList<CorrectableDetailView>> Handle(ListCorrectableDetailsQuery query, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        var actor = user.ToActor();
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, actor.Id, actor.DisplayName, "case.viewed", application.Reference, "correctable details", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return [.. application.CorrectableDetails().Select(d => new CorrectableDetailView(d.Field, d.Label, application.DetailValue(d.Field), d.Required, d.MaxLength))];
    }
}
