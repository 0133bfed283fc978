using CaseReview.Domain.Agencies;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Reminders;

/// <summary>
/// Queues one reminder's emails and records that it was queued, in one transaction. Answers false when another
/// scheduler queued it first.
/// </summary>
[Callers(Callers.BackgroundJobs)]
public sealed record QueueReminderCommand(DueReminder Reminder) : ICommand<bool>;

public sealed class QueueReminderHandler(ICaseReviewDb db, CaseEmails emails, IStaffDirectory staff, DeadlinePlanner planner, TimeProvider clock)
    : ICommandHandler<QueueReminderCommand, bool>
{
    public async ValueTask<bool> Handle(QueueReminderCommand command, CancellationToken cancellationToken)
    {
        var r = command.Reminder;
        if (await db.SentReminders.AnyAsync(r.IsStored(), cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.SentReminders.Add(new SentReminder(r.Reference, r.Subject, r.Kind, r.ForDate, now));
        var values = emails.CommonValues();
        values["Reference"] = r.Reference;
        values["CaseUrl"] = emails.CaseUrl(r.Reference);
        values["DueDate"] = EmailWords.Date(r.DueDate);
        values["When"] = When(r);
        var template = r.Stage is { } stage ? StageTemplate(r, stage, values)
            : r.Subject.StartsWith(SentReminder.InformationRequestPrefix, StringComparison.Ordinal) ? "information-request-reminder"
            : "recommendation-reminder";
        var owner = r.OwnerAgencyId is { } ownerId ? await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == ownerId, cancellationToken) : null;
        values["Agency"] = owner?.Name ?? string.Empty;

        foreach (var recipient in await Recipients(r, owner, cancellationToken))
        {
            emails.Queue(template, r.Reference, recipient, values);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private string StageTemplate(DueReminder r, Stage stage, Dictionary<string, object> values)
    {
        values["Stage"] = EmailWords.StageName(stage);
        values["DaysOverdue"] = planner.Calendar.WorkingDaysBetween(r.DueDate, planner.Today(clock.GetUtcNow().UtcDateTime)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return r.Kind == ReminderKind.Overdue ? "deadline-overdue" : "deadline-reminder";
    }

    private static string When(DueReminder r) => r.Kind switch
    {
        ReminderKind.DueToday => "today",
        ReminderKind.Overdue => "already (it is overdue)",
        _ => $"on {EmailWords.Date(r.DueDate)}",
    };

    private async Task<IReadOnlyList<string>> Recipients(DueReminder r, Agency? owner, CancellationToken cancellationToken)
    {
        var recipients = new List<string>();
        if (r.OwnerAgencyId is { } agency && r.Subject.StartsWith(SentReminder.InformationRequestPrefix, StringComparison.Ordinal))
        {
            // The agency's own people on the panel answer it; its mailbox too, when it has one.
            recipients.AddRange(await staff.PanelMemberEmailsAsync([agency], cancellationToken));
            if (owner?.ContactEmail is { } mailbox)
            {
                recipients.Add(mailbox);
            }

            if (recipients.Count == 0)
            {
                recipients.Add(emails.LeadMailbox);
            }
        }
        else if (r.OwnerAgencyId is not null)
        {
            recipients.Add(owner?.ContactEmail ?? emails.LeadMailbox);
        }
        else
        {
            var officerId = await db.Applications.Where(a => a.Reference == r.Reference).Select(a => a.AssignedOfficerId).FirstOrDefaultAsync(cancellationToken);
            recipients.Add((officerId is null ? null : await staff.EmailOfAsync(officerId, cancellationToken)) ?? emails.LeadMailbox);
            if (r.Kind == ReminderKind.Overdue)
            {
                recipients.AddRange(await staff.AdministratorEmailsAsync(cancellationToken));
            }
        }

        return [.. recipients.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
