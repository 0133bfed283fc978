using CaseReview.UseCases.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationDraftConfiguration : IEntityTypeConfiguration<ApplicationDraft>
{
    public void Configure(EntityTypeBuilder<ApplicationDraft> builder)
    {
        builder.ToTable("ApplicationDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(64);
        builder.Property(d => d.SubmittedTrackingCode).HasMaxLength(32);
        builder.Ignore(d => d.IsSubmitted);
        // Expired drafts are deleted by date.
        builder.HasIndex(d => d.ExpiresAt);
    }
}
