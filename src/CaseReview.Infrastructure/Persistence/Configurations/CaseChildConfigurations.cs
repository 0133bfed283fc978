using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;
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
        // The statistics count decisions and reviews made in a year by action and date, the decisions by outcome from
        // the index alone. A case's own history is found by the second index (its foreign key's); it also finds the
        // case's n-th review line, as the migration RecommendationMadeAt did.
        builder.HasIndex(h => new { h.Action, h.OccurredAt, h.To });
        builder.HasIndex("ApplicationId", nameof(StatusChange.Action), nameof(StatusChange.OccurredAt));
    }
}

internal sealed class StageDeadlineConfiguration : IEntityTypeConfiguration<StageDeadline>
{
    public void Configure(EntityTypeBuilder<StageDeadline> builder)
    {
        builder.ToTable("StageDeadlines");
        builder.Property(d => d.ExtensionReason).HasMaxLength(4000);
        // The deadline list, the overdue queue, the dashboard and the reminder scheduler look for open deadlines by due
        // date; the stage and the case are in the index too, so none of them reads a deadline's row (closed appeal
        // windows, the most numerous open deadlines, are skipped in the index).
        builder.HasIndex("CompletedAt", "DueDate", "Stage", "ApplicationId");
        // On-time rates (the dashboard's last 12 months, a year's statistics) count stages done by UK date from here alone.
        builder.HasIndex(d => new { d.CompletedOn, d.Stage, d.Cancelled, d.DueDate, d.StartedOn });
        builder.HasIndex(d => new { d.Stage, d.DueDate });
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ToTable("Recommendations");
        builder.Property(r => r.Action).HasMaxLength(2000);
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Lead).HasMaxLength(200);
        builder.HasIndex(r => new { r.Status, r.DueDate });
        // A year's reviews that made recommendations: (case, review) pairs counted from this index alone.
        builder.HasIndex(nameof(Recommendation.MadeAt), "ApplicationId", nameof(Recommendation.Review));
        builder.HasMany(r => r.Updates).WithOne().HasForeignKey("RecommendationId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecommendationUpdateConfiguration : IEntityTypeConfiguration<RecommendationUpdate>
{
    public void Configure(EntityTypeBuilder<RecommendationUpdate> builder)
    {
        builder.ToTable("RecommendationUpdates");
        builder.Property(u => u.Note).HasMaxLength(4000);
        builder.Property(u => u.ById).HasMaxLength(450);
        builder.Property(u => u.ByName).HasMaxLength(254);
    }
}

internal sealed class AgencyResponseConfiguration : IEntityTypeConfiguration<AgencyResponse>
{
    public void Configure(EntityTypeBuilder<AgencyResponse> builder)
    {
        builder.ToTable("AgencyResponses");
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Knew).HasMaxLength(10000);
        builder.Property(r => r.Did).HasMaxLength(10000);
        builder.Property(r => r.RecordedById).HasMaxLength(450);
        builder.Property(r => r.RecordedByName).HasMaxLength(254);
    }
}

internal sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> builder)
    {
        builder.ToTable("CaseLinks");
        builder.Property(l => l.LinkedReference).HasMaxLength(20);
        builder.Property(l => l.Reason).HasMaxLength(2000);
        builder.Property(l => l.LinkedById).HasMaxLength(450);
        builder.Property(l => l.LinkedByName).HasMaxLength(254);
        // One row per direction; the pair is unique, and the other side is found by its id.
        builder.HasIndex("ApplicationId", nameof(CaseLink.LinkedApplicationId)).IsUnique();
        builder.HasIndex(l => l.LinkedApplicationId);
    }
}

internal sealed class DetailCorrectionConfiguration : IEntityTypeConfiguration<DetailCorrection>
{
    public void Configure(EntityTypeBuilder<DetailCorrection> builder)
    {
        builder.ToTable("DetailCorrections");
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.Property(c => c.OldValue).HasMaxLength(5000);
        builder.Property(c => c.NewValue).HasMaxLength(5000);
        builder.Property(c => c.Reason).HasMaxLength(DetailCorrection.ReasonLength);
        builder.Property(c => c.CorrectedById).HasMaxLength(450);
        builder.Property(c => c.CorrectedByName).HasMaxLength(254);
    }
}
