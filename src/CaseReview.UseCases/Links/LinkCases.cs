using System.Text.Json.Serialization;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Links;

/// <summary>
/// A case officer links two applications about the same problem, address or person so they are reviewed
/// together. The link shows on both cases, with a history row and an audit line on each.
/// </summary>
[Callers(Callers.Caseworkers, "link cases")]
public sealed record LinkCasesCommand(string? OtherReference, string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class LinkCasesValidator : AbstractValidator<LinkCasesCommand>
{
    public LinkCasesValidator()
    {
        RuleFor(x => x.OtherReference).NotEmpty().WithMessage("Enter the reference of the case to link").MaximumLength(20);
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the cases are linked, for example the same neighbour").MaximumLength(2000);
    }
}

public sealed class LinkCasesHandler(CaseActionRunner runner, CaseAccess access, ICaseReviewDb db, ICurrentUser user) : ICommandHandler<LinkCasesCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(LinkCasesCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Edit("case.linked", async (c, ctx) =>
        {
            var other = await OtherCase.LoadAsync(access, command.OtherReference!.Trim(), cancellationToken);
            c.LinkTo(other, command.Reason!.Trim(), ctx);
            db.AuditEntries.Add(user.Audit(ctx.UtcNow, "case.linked", other.Reference, $"with={c.Reference}"));
        }), cancellationToken);
}
