namespace CaseReview.UseCases.Common;

/// <summary>
/// Declares on a request who may send it. <see cref="AuthorizationBehaviour{TMessage, TResponse}"/> checks it before
/// validation, so a validator that reads the database never answers someone who may not act (a panel member cannot
/// learn which staff emails exist by trying to create an account). Every request carries one: a test fails for a
/// request without it. What a caller may do to one case (their agency, the case's stage) is decided once the case is
/// loaded, by <see cref="Cases.CaseAccess"/> and the aggregate.
/// </summary>
/// <param name="callers">Who may send the request.</param>
/// <param name="whatTheyDo">The end of "Only administrators ..." in the refusal, e.g. "create accounts".</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CallersAttribute(Callers callers, string whatTheyDo = "do this") : Attribute
{
    public Callers Callers { get; } = callers;

    public string WhatTheyDo { get; } = whatTheyDo;

    /// <summary>Throws <see cref="ForbiddenException"/> when <paramref name="user"/> may not send the request.</summary>
    public void Demand(ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var refusal = Callers switch
        {
            Callers.Anyone => null,
            Callers.Staff when user.IsCaseworker() || user.IsPanelMember() || user.IsAppealReviewer() => null,
            Callers.Staff => $"Sign in with a staff account to {WhatTheyDo}.",
            Callers.Caseworkers when user.IsCaseworker() => null,
            Callers.Caseworkers => $"Only case officers and administrators {WhatTheyDo}.",
            Callers.AppealReviewers when user.IsAppealReviewer() => null,
            Callers.AppealReviewers => $"Only appeal reviewers {WhatTheyDo}: someone who was not involved in the decision.",
            Callers.Administrators when user.IsInRole(Roles.Administrator) => null,
            Callers.Administrators => $"Only administrators {WhatTheyDo}.",
            Callers.BackgroundJobs when user.IsBackgroundJob => null,
            _ => "This is done by the application itself, not on request.",
        };
        if (refusal is not null)
        {
            throw new ForbiddenException(refusal);
        }
    }
}
