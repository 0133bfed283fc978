using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("OutboxEmails");
        builder.Property(e => e.Template).HasMaxLength(60);
        builder.Property(e => e.CaseReference).HasMaxLength(20);
        builder.Property(e => e.Recipient).HasMaxLength(254);
        builder.Property(e => e.RecipientKey).HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(300);
        builder.Property(e => e.LastError).HasMaxLength(500);
        // The dispatcher looks for due rows by status and time; administrators list by status.
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => e.ClaimToken);
        builder.HasIndex(e => e.CaseReference);
        // The per-recipient daily cap (CaseEmails) counts one address's rows of the last day: a seek on the address, then a range on
        // CreatedAt, so its cost does not grow with the other emails of the day (it runs inside every submission's transaction).
        builder.HasIndex(e => new { e.RecipientKey, e.CreatedAt });
    }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.ToTable("SentReminders");
        builder.Property(r => r.CaseReference).HasMaxLength(20);
        builder.Property(r => r.Subject).HasMaxLength(60);
        // A reminder is queued once, however many schedulers share the database.
        builder.HasIndex(r => new { r.CaseReference, r.Subject, r.Kind, r.ForDate }).IsUnique();
    }
}
