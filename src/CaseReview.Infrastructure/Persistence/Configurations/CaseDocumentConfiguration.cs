using CaseReview.Domain.Applications;
using CaseReview.Domain.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

/// <summary>
/// Documents in two tables (ADR 0017): <c>CaseDocuments</c> says what each file is and who may see it, and
/// <c>CaseDocumentContents</c> holds its bytes (a BLOB, varbinary(max) or bytea), so listing a case's documents never
/// reads a file. Both go when their case is deleted, and a document's bytes when it is.
/// </summary>
internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("CaseDocuments");
        builder.HasKey(d => d.Id);
        builder.HasOne<CaseApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.FileName).HasMaxLength(CaseDocument.FileNameLength);
        builder.Property(d => d.ContentType).HasMaxLength(CaseDocument.ContentTypeLength);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Description).HasMaxLength(CaseDocument.DescriptionLength);
        builder.Property(d => d.UploadedById).HasMaxLength(450);
        builder.Property(d => d.UploadedByName).HasMaxLength(254);
        builder.HasIndex(d => new { d.ApplicationId, d.UploadedAt });
    }
}

internal sealed class CaseDocumentContentConfiguration : IEntityTypeConfiguration<CaseDocumentContent>
{
    public void Configure(EntityTypeBuilder<CaseDocumentContent> builder)
    {
        builder.ToTable("CaseDocumentContents");
        builder.HasKey(c => c.DocumentId);
        builder.Property(c => c.DocumentId).ValueGeneratedNever();
        builder.HasOne<CaseDocument>().WithOne().HasForeignKey<CaseDocumentContent>(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Bytes).IsRequired();
    }
}
