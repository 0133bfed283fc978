using CaseReview.Domain.Agencies;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Reminders;

/// <summary>
/// Queues reminders' emails and records each as queued, all in one transaction; a reminder already recorded (queued
/// by another scheduler before this one looked, or named twice) is skipped. Answers how many it queued. When another scheduler records
/// one of them while this runs, the unique key refuses the whole batch (<see cref="ConflictException"/>) and nothing
/// is written; the round then queues that batch's reminders one at a time.
/// </summary>
[Callers(Callers.BackgroundJobs)]
public sealed record QueueRemindersCommand(IReadOnlyList<DueReminder> Reminders) : ICommand<int>;

public sealed class QueueRemindersHandler(ICaseReviewDb db, CaseEmails emails, IStaffDirectory staff, DeadlinePlanner planner, TimeProvider clock)
    : ICommandHandler<QueueRemindersCommand, int>
{
    // Looked up once a batch: a round's reminders name the same few agencies, officers and administrators again and again.
    private readonly Dictionary<int, Agency?> _agencies = [];
    private readonly Dictionary<string, string?> _officerEmails = [];
    private IReadOnlyList<string>? _administratorEmails;
    private HashSet<(string Reference, string Subject, ReminderKind Kind, DateOnly ForDate)> _stored = [];
    private Dictionary<string, string?> _officerIds = [];

    public async ValueTask<int> Handle(QueueRemindersCommand command, CancellationToken cancellationToken)
    {
        // The batch's stored reminders and its cases' officers, each in one read rather than one a reminder.
        var references = command.Reminders.Select(r => r.Reference).Distinct(StringComparer.Ordinal).ToList();
        var dates = command.Reminders.Select(r => r.ForDate).Distinct().ToList();
        _stored = [.. (await db.SentReminders.AsNoTracking()
            .Where(s => references.Contains(s.CaseReference) && dates.Contains(s.ForDate))
            .Select(s => new { s.CaseReference, s.Subject, s.Kind, s.ForDate })
            .ToListAsync(cancellationToken)).Select(s => (s.CaseReference, s.Subject, s.Kind, s.ForDate))];
        _officerIds = await db.Applications.Where(a => references.Contains(a.Reference))
            .Select(a => new { a.Reference, a.AssignedOfficerId })
            .ToDictionaryAsync(a => a.Reference, a => a.AssignedOfficerId, StringComparer.Ordinal, cancellationToken);

        var queued = 0;
        foreach (var r in command.Reminders)
        {
            queued += await QueueAsync(r, cancellationToken) ? 1 : 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    private async Task<bool> QueueAsync(DueReminder r, CancellationToken cancellationToken)
    {
        if (!_stored.Add((r.Reference, r.Subject, r.Kind, r.ForDate)))
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
        var owner = r.OwnerAgencyId is { } ownerId ? await AgencyAsync(ownerId, cancellationToken) : null;
        values["Agency"] = owner?.Name ?? string.Empty;

        foreach (var recipient in await Recipients(r, owner, cancellationToken))
        {
            emails.Queue(template, r.Reference, recipient, values);
        }

        return true;
    }

    private async Task<Agency?> AgencyAsync(int id, CancellationToken cancellationToken)
    {
        if (!_agencies.TryGetValue(id, out var agency))
        {
            agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            _agencies[id] = agency;
        }

        return agency;
    }

    private async Task<string?> OfficerEmailAsync(string officerId, CancellationToken cancellationToken)
    {
        if (!_officerEmails.TryGetValue(officerId, out var email))
        {
            email = await staff.EmailOfAsync(officerId, cancellationToken);
            _officerEmails[officerId] = email;
        }

        return email;
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
            var officerId = _officerIds.GetValueOrDefault(r.Reference);
            recipients.Add((officerId is null ? null : await OfficerEmailAsync(officerId, cancellationToken)) ?? emails.LeadMailbox);
            if (r.Kind == ReminderKind.Overdue)
            {
                recipients.AddRange(_administratorEmails ??= await staff.AdministratorEmailsAsync(cancellationToken));
            }
        }

        return [.. recipients.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
