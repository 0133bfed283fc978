using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>Every staff account with its roles, agency, and whether it is disabled or locked out (administrators only).</summary>
[Callers(Callers.Administrators, "see staff accounts")]
public sealed record ListStaffUsersQuery : IQuery<IReadOnlyList<StaffAccount>>;

public sealed class ListStaffUsersHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListStaffUsersQuery, IReadOnlyList<StaffAccount>>
{
    public async ValueTask<IReadOnlyList<StaffAccount>> Handle(ListStaffUsersQuery query, CancellationToken cancellationToken)
    {
        var list = await accounts.ListAsync(cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.listed", null, $"count={list.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return list;
    }
}
