using CaseReview.Domain.Applications;
using CaseReview.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

/// <summary>
/// The victim risk assessments: a table of their own referring to the case, one row per assessment (never updated
/// but by anonymisation). The latest of a case (highest id) is its current level: the queue and the dashboard find it
/// through the (ApplicationId, Id) index. The answers are kept as JSON with their questions' words at the time.
/// </summary>
internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.ToTable("RiskAssessments");
        builder.HasKey(r => r.Id);
        builder.HasOne<CaseApplication>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.QuestionnaireVersion).HasMaxLength(RiskQuestionnaire.VersionLength);
        builder.Property(r => r.RaiseReason).HasMaxLength(RiskAssessment.ReasonLength);
        builder.Property(r => r.AssessedById).HasMaxLength(450);
        builder.Property(r => r.AssessedByName).HasMaxLength(254);
        builder.Ignore(r => r.Raised);
        builder.HasIndex(r => new { r.ApplicationId, r.Id });
        // The dashboard's high-risk cases start from the assessments at High, not from every assessment (QueryPlanTests).
        builder.HasIndex(r => new { r.Level, r.ApplicationId, r.Id });
    }
}
