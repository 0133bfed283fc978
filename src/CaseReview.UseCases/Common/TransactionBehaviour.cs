using Mediator;

namespace CaseReview.UseCases.Common;

/// <summary>Every command runs in one transaction: all of it is stored, or none of it.</summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async ct => await next(message, ct), cancellationToken);
}
