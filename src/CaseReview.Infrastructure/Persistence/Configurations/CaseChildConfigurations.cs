using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.Property(c => c.Agency).HasMaxLength(100);
        builder.Property(c => c.AgencyReference).HasMaxLength(100);
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.VerifiedBy).HasMaxLength(254);
    }
}

internal sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> builder)
    {
        builder.ToTable("StatusHistory");
        builder.Property(h => h.Action).HasMaxLength(40);
        builder.Property(h => h.ActorId).HasMaxLength(450);
        builder.Property(h => h.ActorName).HasMaxLength(254);
        builder.Property(h => h.Reason).HasMaxLength(4000);
    }
}

internal sealed class StageDeadlineConfiguration : IEntityTypeConfiguration<StageDeadline>
{
    public void Configure(EntityTypeBuilder<StageDeadline> builder)
    {
        builder.ToTable("StageDeadlines");
        builder.Property(d => d.ExtensionReason).HasMaxLength(4000);
        // The deadline list and the reminder scheduler look for open deadlines by due date.
        builder.HasIndex(d => new { d.CompletedAt, d.DueDate });
        builder.HasIndex(d => new { d.Stage, d.DueDate });
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ToTable("Recommendations");
        builder.Property(r => r.Action).HasMaxLength(2000);
        builder.Property(r => r.OwnerAgency).HasMaxLength(100);
        builder.Property(r => r.Lead).HasMaxLength(200);
        builder.HasIndex(r => new { r.Status, r.DueDate });
    }
}
