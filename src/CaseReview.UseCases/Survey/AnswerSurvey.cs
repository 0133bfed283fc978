using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Survey;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Survey;

/// <summary>
/// The applicant's answers to the satisfaction survey, every one optional, once per case. The answer is stored without
/// the case, the code or a time (<see cref="SurveyResponse"/>); the invitation only records that it was used. Unknown or
/// closed: 404; answered already: 409. Audited without a case, a person or an address.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record AnswerSurveyCommand(SurveyImprovement? Improved, SurveyScale? KeptInformed, SurveyScale? ListenedTo, string? Comments) : ICommand
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;
}

public sealed class AnswerSurveyValidator : AbstractValidator<AnswerSurveyCommand>
{
    public const int CommentsLength = 2000;

    public AnswerSurveyValidator()
    {
        RuleFor(x => x.Improved).IsInEnum().WithMessage("Choose yes, partly or no");
        RuleFor(x => x.KeptInformed).IsInEnum().WithMessage("Choose one of the answers");
        RuleFor(x => x.ListenedTo).IsInEnum().WithMessage("Choose one of the answers");
        RuleFor(x => x.Comments).MaximumLength(CommentsLength).WithMessage($"Write {CommentsLength:N0} characters or fewer");
    }
}

public sealed class AnswerSurveyHandler(ICaseReviewDb db, TimeProvider clock) : ICommandHandler<AnswerSurveyCommand>
{
    public async ValueTask<Unit> Handle(AnswerSurveyCommand command, CancellationToken cancellationToken)
    {
        var invitation = await GetSurveyHandler.FindAsync(db, command.Code, cancellationToken)
            ?? throw new NotFoundException(GetSurveyHandler.NotFoundWords);
        var now = clock.GetUtcNow().UtcDateTime;
        if (invitation.Answered)
        {
            throw new ConflictException("This survey has already been answered. Thank you for your answers.");
        }

        if (!invitation.IsOpen(now))
        {
            throw new NotFoundException($"This survey closed on {EmailWords.Date(SurveyInvitations.LastDay(invitation))}.");
        }

        db.SurveyResponses.Add(invitation.Answer(command.Improved, command.KeptInformed, command.ListenedTo, command.Comments, now));
        // No case, no person and no address: the line says only that an answer came, so it cannot be matched to one.
        db.AuditEntries.Add(new AuditEntry(now, Actor.Applicant.Id, Actor.Applicant.DisplayName, "survey.answered", null, null, null));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
