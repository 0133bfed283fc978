using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Links;

/// <summary>A case officer removes a link made in error; both cases record it in their history and audit trail.</summary>
[Callers(Callers.Caseworkers, "unlink cases")]
public sealed record UnlinkCasesCommand(string Reference, string OtherReference) : ICommand<CaseDetail>, ICaseActionCommand
{
    public int? Version => null;
}

public sealed class UnlinkCasesHandler(CaseActionRunner runner, CaseAccess access, ICaseReviewDb db, ICurrentUser user) : ICommandHandler<UnlinkCasesCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(UnlinkCasesCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Edit("case.unlinked", async (c, ctx) =>
        {
            var other = await access.LoadAsync(command.OtherReference, cancellationToken);
            if (!c.UnlinkFrom(other, ctx))
            {
                throw new NotFoundException($"{c.Reference} is not linked to {other.Reference}.");
            }

            db.AuditEntries.Add(user.Audit(ctx.UtcNow, "case.unlinked", other.Reference, $"with={c.Reference}"));
        }), cancellationToken);
}
