using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Notes;
using CaseReview.Domain.Review;
using CaseReview.Domain.Risk;
using CaseReview.Domain.Survey;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseReview.Infrastructure.Persistence;

internal static class ModelConventions
{
    public static void Apply(ModelConfigurationBuilder builder)
    {
        // Enums are stored as their names, so the data reads plainly and survives reordering.
        AsString<CaseStatus>(builder);
        AsString<Stage>(builder);
        AsString<VictimType>(builder);
        AsString<AsbType>(builder);
        AsString<Channel>(builder);
        AsString<PreferredContact>(builder);
        AsString<ConsentMethod>(builder);
        AsString<ThresholdRule>(builder);
        AsString<AppealKind>(builder);
        AsString<RecommendationStatus>(builder);
        AsString<AgencyKind>(builder);
        AsString<UseCases.Email.OutboxStatus>(builder);
        AsString<UseCases.Email.DeliveryFollowUp>(builder);
        AsString<UseCases.Reminders.ReminderKind>(builder);
        AsString<ApplicantParticipation>(builder);
        AsString<NoteKind>(builder);
        AsString<SurveyImprovement>(builder);
        AsString<SurveyScale>(builder);
        AsString<RiskLevel>(builder);
        AsString<RestrictionGround>(builder);

        // Every DateTime is UTC; the providers forget the Kind, so restore it on the way out.
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    private static void AsString<TEnum>(ModelConfigurationBuilder builder)
        where TEnum : struct, Enum
    {
        builder.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<TEnum?>().HaveConversion<string>().HaveMaxLength(32);
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
