using CaseReview.UseCases.Cases;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Common;

/// <summary>
/// The one place a restriction of processing (UK GDPR Article 18) stops what would process a case: every request that
/// declares the case it processes (<see cref="IProcessesCase"/>) is refused with 409 while that case is restricted.
/// </summary>
public sealed class ProcessingRestrictionBehaviour<TMessage, TResponse>(CaseAccess access, ICaseReviewDb db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, IProcessesCase
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!message.ChangesRestriction
            && await message.CaseProcessed(access, db)
                .Where(a => a.RestrictedAt != null).Select(a => new { a.Status, a.RestrictionGround }).FirstOrDefaultAsync(cancellationToken) is { } restricted)
        {
            throw new Domain.Workflow.CaseStateException(restricted.Status, Domain.Applications.CaseApplication.RestrictedMessage(restricted.RestrictionGround));
        }

        return await next(message, cancellationToken);
    }
}
