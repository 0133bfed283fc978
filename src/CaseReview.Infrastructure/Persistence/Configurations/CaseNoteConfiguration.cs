using CaseReview.Domain.Applications;
using CaseReview.Domain.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

/// <summary>
/// The notes and contact log: a table of its own referring to the case, so that loading a case for an action does
/// not load every note. Deleting a case deletes its notes. A correction names the entry it corrects by id only (checked
/// by the handler to be on the same case), so deleting a case's notes never depends on their order.
/// </summary>
internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
        builder.HasOne<CaseApplication>().WithMany().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Text).HasMaxLength(CaseNote.TextLength);
        builder.Property(n => n.With).HasMaxLength(CaseNote.WithLength);
        builder.Property(n => n.WrittenById).HasMaxLength(450);
        builder.Property(n => n.WrittenByName).HasMaxLength(254);
        builder.HasIndex(n => new { n.ApplicationId, n.At });
    }
}
