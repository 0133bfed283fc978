using System.Text.Json.Serialization;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Review;

/// <summary>
/// An agency on the panel records what it knew about the behaviour and what it did. Panel members and chairs
/// record for their own agency only (<c>agency</c> may be left out); case officers record for any panel agency.
/// Recording again replaces the agency's response and keeps the earlier one as history.
/// </summary>
[Callers(Callers.Staff, "record agency responses")]
public sealed record RecordPanelResponseCommand(string? Agency, string? Knew, string? Did, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class RecordPanelResponseValidator : AbstractValidator<RecordPanelResponseCommand>
{
    public RecordPanelResponseValidator()
    {
        RuleFor(x => x.Knew).NotEmpty().WithMessage("Enter what the agency knew about the behaviour").MaximumLength(10000);
        RuleFor(x => x.Did).NotEmpty().WithMessage("Enter what the agency did about it").MaximumLength(10000);
        RuleFor(x => x.Agency).MaximumLength(100);
    }
}

public sealed class RecordPanelResponseHandler(CaseActionRunner runner, CaseAccess access, ICurrentUser user) : ICommandHandler<RecordPanelResponseCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RecordPanelResponseCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Guarded("case.panel-response", c =>
        {
            if (!user.IsCaseworker() && (user.AgencyId is not { } own || !c.HasOnPanel(own)))
            {
                throw new ForbiddenException("Only the panel's members and case officers record agency responses.");
            }

            if (AgencyOf(command) is not { } agency)
            {
                throw new Domain.Workflow.CaseRuleException("agency", "Say which agency on the panel this response is from.");
            }

            if (access.Agencies.Find(agency) is { } named ? !access.AnswersFor(named.Id) : !user.IsCaseworker())
            {
                throw new ForbiddenException($"You record the response of your own agency ({access.Agencies.NameOf(user.AgencyId!.Value)}) only.");
            }
        }, (c, ctx) => c.RecordAgencyResponse(AgencyOf(command)!, command.Knew!.Trim(), command.Did!.Trim(), ctx)), cancellationToken);

    // A panel member who names no agency answers for their own.
    private string? AgencyOf(RecordPanelResponseCommand command) =>
        command.Agency?.Trim() is { Length: > 0 } named ? named
        : user.IsCaseworker() || user.AgencyId is not { } own ? null
        : access.Agencies.NameOf(own);
}
