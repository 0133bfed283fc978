using System.Reflection;
using Mediator;

namespace CaseReview.UseCases.Common;

/// <summary>
/// The first step of every request: refuses a caller the request's <see cref="CallersAttribute"/> does not admit,
/// before validation looks anything up and before a handler loads anything.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly CallersAttribute Rule = typeof(TMessage).GetCustomAttribute<CallersAttribute>()
        ?? throw new InvalidOperationException($"{typeof(TMessage).Name} does not say who may send it: add [Callers(...)].");

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Rule.Demand(user);
        return next(message, cancellationToken);
    }
}
