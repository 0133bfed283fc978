using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// The case as <see cref="GetCaseQuery"/> answers it, with the details an officer may correct and the value each holds
/// now: what the correction form shows. One read of the case, audited once as a view.
/// </summary>
[Callers(Callers.Caseworkers, "correct a case's details")]
public sealed record GetCorrectionFormQuery(string Reference) : IQuery<CorrectionForm>;

public sealed class GetCorrectionFormHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<GetCorrectionFormQuery, CorrectionForm>
{
    public async ValueTask<CorrectionForm> Handle(GetCorrectionFormQuery query, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.ToActor();
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, actor.DisplayName, "case.viewed", application.Reference, "correctable details", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return new CorrectionForm(
            CaseDetail.From(application, now, planner, access),
            [.. application.CorrectableDetails().Select(d => new CorrectableDetailView(d.Field, d.Label, application.DetailValue(d.Field), d.Required, d.MaxLength))]);
    }
}
