using CaseReview.Domain.Applications;
using CaseReview.Domain.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("SurveyInvitations");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        // Two answers sent at once: the second's update finds the flag already set and is refused (409), so one answer a case.
        builder.Property(i => i.Answered).IsConcurrencyToken();
        // One invitation, so one answer, per case; found by the hash of the code in its address.
        builder.HasIndex(i => i.CaseId).IsUnique();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.ExpiresAt);
        // The staff figures count a year's invitations.
        builder.HasIndex(i => i.FinancialYear);
        builder.HasOne<CaseApplication>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>The anonymous answers: no case, code or time, by design (see <see cref="SurveyResponse"/>).</summary>
internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public const int CommentsLength = 2000;

    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Comments).HasMaxLength(CommentsLength);
        builder.HasIndex(r => r.FinancialYear);
    }
}
