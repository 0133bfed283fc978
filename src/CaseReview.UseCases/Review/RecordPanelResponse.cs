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
    public async ValueTask<CaseDetail> Handle(RecordPanelResponseCommand command, CancellationToken cancellationToken)
    {
        // A panel member who names no agency answers for their own.
        var agency = command.Agency?.Trim() is { Length: > 0 } named ? named : user.IsCaseworker() ? null : user.Agency;
        return await runner.RunAsync(command, CaseChange.Guarded("case.panel-response", c =>
        {
            if (!user.IsCaseworker() && (user.Agency is not { } own || !c.HasOnPanel(own)))
            {
                throw new ForbiddenException("Only the panel's members and case officers record agency responses.");
            }

            if (agency is null)
            {
                throw new Domain.Workflow.CaseRuleException("agency", "Say which agency on the panel this response is from.");
            }

            if (!access.AnswersFor(agency))
            {
                throw new ForbiddenException($"You record the response of your own agency ({user.Agency}) only.");
            }
        }, (c, ctx) => c.RecordAgencyResponse(agency!, command.Knew!.Trim(), command.Did!.Trim(), ctx)), cancellationToken);
    }
}
