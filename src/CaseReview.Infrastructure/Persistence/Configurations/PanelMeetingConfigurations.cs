using CaseReview.Domain.Agencies;
using CaseReview.Domain.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class InformationRequestConfiguration : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> builder)
    {
        builder.ToTable("InformationRequests");
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        // The reminder scheduler and the dashboard look for unanswered requests by due date.
        builder.HasIndex(r => new { r.AnsweredAt, r.SetAsideAt, r.DueDate });
    }
}

internal sealed class MeetingRecordConfiguration : IEntityTypeConfiguration<MeetingRecord>
{
    public void Configure(EntityTypeBuilder<MeetingRecord> builder)
    {
        builder.ToTable("MeetingRecords");
        builder.Property(r => r.Minutes).HasMaxLength(MeetingRecordLimits.MinutesLength);
        builder.Property(r => r.RecordedById).HasMaxLength(450);
        builder.Property(r => r.RecordedByName).HasMaxLength(254);
        builder.HasMany(r => r.Attendance).WithOne().HasForeignKey("MeetingRecordId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencyAttendanceConfiguration : IEntityTypeConfiguration<AgencyAttendance>
{
    public void Configure(EntityTypeBuilder<AgencyAttendance> builder)
    {
        builder.ToTable("MeetingAttendance");
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Attendees).HasMaxLength(MeetingRecordLimits.AttendeesLength);
    }
}
