using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Survey;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Letters;

/// <summary>
/// One notice of a case as a letter to the applicant, made from the case now. It holds personal data (the applicant's
/// name and address), so every letter made is audited, whether printed from the page or downloaded as a PDF.
/// </summary>
[Callers(Callers.Caseworkers, "print letters")]
public sealed record GetLetterQuery(string Reference, string Notice) : IQuery<Letter>, ICaseCommand;

public sealed class GetLetterValidator : AbstractValidator<GetLetterQuery>
{
    public GetLetterValidator() =>
        RuleFor(q => q.Notice)
            .Must(n => LetterNotices.FromSlug(n) is not null)
            .WithMessage($"There is no such letter. Choose one of: {string.Join(", ", LetterNotices.All)}.");
}

public sealed class GetLetterHandler(CaseAccess access, LetterComposer composer, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock,
    SurveyInvitations survey)
    : IQueryHandler<GetLetterQuery, Letter>
{
    public async ValueTask<Letter> Handle(GetLetterQuery query, CancellationToken cancellationToken)
    {
        var notice = LetterNotices.FromSlug(query.Notice)!.Value;
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = notice is LetterNotice.Closure or LetterNotice.AppealDecision ? await survey.FindAsync(application, cancellationToken) : null;
        var letter = composer.Compose(application, CaseDetail.From(application, now, planner, access), notice, now, invitation);
        db.AuditEntries.Add(user.Audit(now, "letter.viewed", application.Reference, $"notice={letter.Slug}"));
        await db.SaveChangesAsync(cancellationToken);
        return letter;
    }
}
