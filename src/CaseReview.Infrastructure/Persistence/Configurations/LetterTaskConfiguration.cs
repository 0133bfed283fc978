using CaseReview.UseCases.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class LetterTaskConfiguration : IEntityTypeConfiguration<LetterTask>
{
    public void Configure(EntityTypeBuilder<LetterTask> builder)
    {
        builder.ToTable("LetterTasks");
        builder.Property(t => t.CaseReference).HasMaxLength(20);
        // Names, as the other enums are stored (ModelConventions), so the rows read plainly.
        builder.Property(t => t.Notice).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Delivery).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.DoneById).HasMaxLength(450);
        builder.Property(t => t.DoneByName).HasMaxLength(254);
        // The officers' list reads the letters not yet done, oldest first; a case's letters are found by its reference.
        builder.HasIndex(t => new { t.DoneAt, t.DueSince });
        builder.HasIndex(t => t.CaseReference);
    }
}
