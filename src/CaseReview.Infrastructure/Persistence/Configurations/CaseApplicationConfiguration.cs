using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseReview.Infrastructure.Persistence.Configurations;

internal sealed class CaseApplicationConfiguration : IEntityTypeConfiguration<CaseApplication>
{
    public void Configure(EntityTypeBuilder<CaseApplication> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.TrackingCode).HasMaxLength(32);
        builder.Property(a => a.AssignedOfficerId).HasMaxLength(450);
        builder.Property(a => a.AssignedOfficerName).HasMaxLength(254);
        builder.HasIndex(a => a.TrackingCode).IsUnique();
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => a.ReceivedAt);
        // The queue's officer filter lists the officers with cases from the index alone.
        builder.HasIndex(a => new { a.AssignedOfficerId, a.AssignedOfficerName });
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.OwnsOne(a => a.Applicant, applicant =>
        {
            applicant.Property(x => x.Name).HasMaxLength(200).HasColumnName("ApplicantName");
            applicant.Property(x => x.Email).HasMaxLength(254).HasColumnName("ApplicantEmail");
            applicant.Property(x => x.Phone).HasMaxLength(30).HasColumnName("ApplicantPhone");
            applicant.Property(x => x.Address).HasMaxLength(500).HasColumnName("ApplicantAddress");
            applicant.Property(x => x.Postcode).HasMaxLength(10).HasColumnName("ApplicantPostcode");
            applicant.Property(x => x.PreferredContact).HasColumnName("PreferredContact");
            applicant.Property(x => x.AccessNeeds).HasMaxLength(1000).HasColumnName("AccessNeeds");
        });
        builder.Navigation(a => a.Applicant).IsRequired();

        // The consent record of a third-party application. The third party's own name and contact details are the applicant's.
        builder.OwnsOne(a => a.ThirdParty, third =>
        {
            third.Property(x => x.Relationship).HasMaxLength(200).HasColumnName("ThirdPartyRelationship");
            third.Property(x => x.VictimConsent).HasColumnName("ThirdPartyVictimConsent");
            third.Property(x => x.ConsentHow).HasColumnName("ThirdPartyConsentHow");
            third.Property(x => x.ConsentGivenOn).HasColumnName("ThirdPartyConsentGivenOn");
        });

        // The person affected, when a third party applies for them.
        builder.OwnsOne(a => a.Victim, victim =>
        {
            victim.Property(x => x.Name).HasMaxLength(200).HasColumnName("VictimName");
            victim.Property(x => x.Address).HasMaxLength(500).HasColumnName("VictimAddress");
            victim.Property(x => x.Postcode).HasMaxLength(10).HasColumnName("VictimPostcode");
            victim.Property(x => x.AgreesToContact).HasColumnName("VictimAgreesToContact");
            victim.Property(x => x.Email).HasMaxLength(254).HasColumnName("VictimEmail");
            victim.Property(x => x.Phone).HasMaxLength(30).HasColumnName("VictimPhone");
        });

        // Normalised details: link suggestions and subject access look cases up by each of them.
        builder.Property(a => a.PostcodeKey).HasMaxLength(10);
        builder.Property(a => a.AddressKey).HasMaxLength(500);
        builder.Property(a => a.EmailKey).HasMaxLength(254);
        builder.Property(a => a.PhoneKey).HasMaxLength(30);
        builder.Property(a => a.ApplicantPostcodeKey).HasMaxLength(10);
        builder.Property(a => a.VictimEmailKey).HasMaxLength(254);
        builder.Property(a => a.VictimPhoneKey).HasMaxLength(30);
        builder.HasIndex(a => a.PostcodeKey);
        builder.HasIndex(a => a.AddressKey);
        builder.HasIndex(a => a.EmailKey);
        builder.HasIndex(a => a.PhoneKey);
        builder.HasIndex(a => a.ApplicantPostcodeKey);
        builder.HasIndex(a => a.VictimEmailKey);
        builder.HasIndex(a => a.VictimPhoneKey);

        // The search box's texts (see CaseSearch) are read by a scan, so they have no index (and no length to keep an index
        // under); the version's index finds the rows written under an older rule.
        builder.HasIndex(a => a.SearchTextVersion);

        // The threshold decision, the meeting and the appeal are value objects kept in the case's own row, under the
        // columns they always had. The meeting is always there (empty until arranged); its chair is two of its columns.
        builder.OwnsOne(a => a.Meeting, meeting =>
        {
            meeting.Property(x => x.At).HasColumnName("MeetingAt");
            meeting.Property(x => x.ChairUserId).HasMaxLength(450).HasColumnName("ChairUserId");
            meeting.Property(x => x.ChairName).HasMaxLength(254).HasColumnName("ChairName");
            meeting.Property(x => x.ApplicantParticipation).HasColumnName("ApplicantParticipation");
            meeting.Ignore(x => x.Chair);
            meeting.Ignore(x => x.IsArranged);
        });
        builder.Navigation(a => a.Meeting).IsRequired();
        builder.OwnsOne(a => a.ThresholdDecision, threshold =>
        {
            threshold.Property(x => x.Met).HasColumnName("ThresholdMet");
            threshold.Property(x => x.Rule).HasColumnName("ThresholdRule");
            threshold.Property(x => x.Reason).HasMaxLength(4000).HasColumnName("ThresholdReason");
            threshold.Property(x => x.SuggestedMet).HasColumnName("ThresholdSuggestedMet");
        });
        builder.OwnsOne(a => a.Appeal, appeal =>
        {
            appeal.Property(x => x.Kind).HasColumnName("AppealKind");
            appeal.Property(x => x.Grounds).HasMaxLength(4000).HasColumnName("AppealGrounds");
            appeal.Property(x => x.Upheld).HasColumnName("AppealUpheld");
            appeal.Property(x => x.DecisionReason).HasMaxLength(4000).HasColumnName("AppealDecisionReason");
        });
        builder.OwnsOne(a => a.ApplicantConsultation, consultation =>
        {
            consultation.Property(x => x.ConsultedOn).HasColumnName("ApplicantConsultedOn");
            consultation.Property(x => x.How).HasMaxLength(200).HasColumnName("ApplicantConsultedHow");
            consultation.Property(x => x.Comments).HasMaxLength(4000).HasColumnName("ApplicantConsultationComments");
            consultation.Property(x => x.RecordedBy).HasMaxLength(254).HasColumnName("ApplicantConsultationRecordedBy");
        });

        builder.Property(a => a.Location).HasMaxLength(500);
        builder.Property(a => a.Description).HasMaxLength(5000);
        builder.Property(a => a.Impact).HasMaxLength(5000);
        builder.PrimitiveCollection(a => a.IssueTypes).ElementType(e => e.HasConversion<string>());
        // Ids, not names: an agency renamed is renamed on every panel (no foreign key can reach inside the list, so
        // ScheduleReview takes only registered agencies, and agencies are deactivated, never deleted).
        builder.PrimitiveCollection(a => a.PanelAgencyIds);
        builder.Property(a => a.Findings).HasMaxLength(10000);
        builder.Property(a => a.ApplicantSummary).HasMaxLength(RecordReviewValidator.ApplicantSummaryLength);
        builder.Property(a => a.SetAsideFindings).HasMaxLength(10000);
        builder.Ignore(a => a.CurrentRecommendations);
        // Computed from Responses, like CurrentRecommendations: mapped, it became a second relationship whose fix-up
        // added to the computed (read-only) list, and every tracked load of a case with a response failed.
        builder.Ignore(a => a.CurrentResponses);
        builder.Ignore(a => a.CurrentInformationRequests);
        builder.Ignore(a => a.CurrentMeetingRecord);
        builder.Property(a => a.ClosureReason).HasMaxLength(4000);
        // Restriction of processing (Article 18): the reason is in the case's history, not here.
        builder.Property(a => a.RestrictedBy).HasMaxLength(254);

        builder.HasMany(a => a.Complaints).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.History).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Deadlines).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Recommendations).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Responses).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Links).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Corrections).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.InformationRequests).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.MeetingRecords).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
    }
}
