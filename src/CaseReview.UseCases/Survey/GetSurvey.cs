using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Survey;

/// <summary>Whether the survey at this address may be answered now. Says nothing about the case or the applicant.</summary>
[Callers(Callers.Anyone)]
public sealed record GetSurveyQuery(string Code) : IQuery<SurveyStatus>;

/// <summary><c>State</c>: <c>Open</c>, <c>Answered</c> or <c>Closed</c>; <c>ClosesOn</c>: the last day it may be answered.</summary>
public sealed record SurveyStatus(string State, DateOnly ClosesOn)
{
    public const string Open = "Open";
    public const string Answered = "Answered";
    public const string Closed = "Closed";
}

public sealed class GetSurveyHandler(ICaseReviewDb db, TimeProvider clock) : IQueryHandler<GetSurveyQuery, SurveyStatus>
{
    public const string NotFoundWords = "We cannot find this survey. Check the address in your email or letter.";

    public async ValueTask<SurveyStatus> Handle(GetSurveyQuery query, CancellationToken cancellationToken)
    {
        var invitation = await FindAsync(db, query.Code, cancellationToken) ?? throw new NotFoundException(NotFoundWords);
        var now = clock.GetUtcNow().UtcDateTime;
        var state = invitation.Answered ? SurveyStatus.Answered : invitation.IsOpen(now) ? SurveyStatus.Open : SurveyStatus.Closed;
        return new SurveyStatus(state, SurveyInvitations.LastDay(invitation));
    }

    /// <summary>The invitation whose code this is (typed with or without hyphens, in any case), or null.</summary>
    internal static async Task<Domain.Survey.SurveyInvitation?> FindAsync(ICaseReviewDb db, string? typed, CancellationToken cancellationToken) =>
        SurveyCodes.Normalise(typed) is { } code
            ? await db.SurveyInvitations.FirstOrDefaultAsync(i => i.TokenHash == SurveyCodes.Hash(code), cancellationToken)
            : null;
}
