using CaseReview.UseCases.Email;

namespace CaseReview.Infrastructure.Email;

public interface IEmailSession : IAsyncDisposable
{
    Task SendAsync(OutboxEmail email, CancellationToken cancellationToken);
}
