using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>A staff account that may chair a review panel: its id and how to name it.</summary>
public sealed record ChairOption(string Id, string Name);

/// <summary>
/// The active accounts with the Chair role, for a case officer arranging a panel (the full account list is for
/// administrators only; this shows no more than who may chair).
/// </summary>
[Callers(Callers.Caseworkers, "arrange a review panel")]
public sealed record ListChairsQuery : IQuery<IReadOnlyList<ChairOption>>;

public sealed class ListChairsHandler(IStaffAccounts accounts) : IQueryHandler<ListChairsQuery, IReadOnlyList<ChairOption>>
{
    public async ValueTask<IReadOnlyList<ChairOption>> Handle(ListChairsQuery query, CancellationToken cancellationToken)
    {
        var list = await accounts.ListAsync(cancellationToken);
        return [.. list.Where(a => !a.Disabled && a.Roles.Contains(Roles.Chair)).OrderBy(a => a.Name ?? a.Email, StringComparer.OrdinalIgnoreCase).Select(a => new ChairOption(a.Id, a.Label))];
    }
}
