using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Email;

public sealed record EmailView(long Id, string Template, string? CaseReference, string Recipient, string Subject, OutboxStatus Status, int Attempts, DateTime CreatedAt, DateTime NextAttemptAt, DateTime? SentAt, string? LastError);

public sealed record EmailPage(int Total, int Page, int PageSize, IReadOnlyList<EmailView> Items);

/// <summary>Administrators see the outbox, failed emails first by default. The addresses are personal data: the view is audited.</summary>
[Callers(Callers.Administrators, "see the email queue")]
public sealed record ListEmailsQuery(OutboxStatus? Status, int Page = 1, int PageSize = 50) : IQuery<EmailPage>;

public sealed class ListEmailsHandler(ICaseReviewDb db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListEmailsQuery, EmailPage>
{
    public async ValueTask<EmailPage> Handle(ListEmailsQuery query, CancellationToken cancellationToken)
    {

        var page = Math.Clamp(query.Page, 1, Paging.MaxPage);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var emails = db.OutboxEmails.AsNoTracking().Where(e => query.Status == null || e.Status == query.Status);
        var total = await emails.CountAsync(cancellationToken);
        var items = await emails.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size)
            .Select(e => new EmailView(e.Id, e.Template, e.CaseReference, e.Recipient, e.Subject, e.Status, e.Attempts, e.CreatedAt, e.NextAttemptAt, e.SentAt, e.LastError))
            .ToListAsync(cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "email.list", null, $"status={query.Status?.ToString() ?? "any"}; page={page}"));
        await db.SaveChangesAsync(cancellationToken);
        return new EmailPage(total, page, size, items);
    }
}
