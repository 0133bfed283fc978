using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Reminders;
using CaseReview.Web.Charts;
using CaseReview.Web.Forms;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>A reminder in words: "Decide on the threshold: overdue (Tuesday 5 January 2027)".</summary>
public static class ReminderWords
{
    public static string Line(CaseReminderView reminder, CaseDetail c)
    {
        var about = Enum.TryParse<Stage>(reminder.Subject, out var stage) && Enum.IsDefined(stage)
            ? StatisticsCharts.StageName(stage)
            : reminder.Subject.StartsWith(SentReminder.RecommendationPrefix, StringComparison.Ordinal)
              && int.TryParse(reminder.Subject[SentReminder.RecommendationPrefix.Length..], out var id)
              && c.Review.Recommendations.FirstOrDefault(r => r.Id == id) is { } recommendation
                ? $"Action plan: {recommendation.OwnerAgency}, due {Dates.Long(recommendation.DueDate)}"
                : reminder.Subject.StartsWith(SentReminder.InformationRequestPrefix, StringComparison.Ordinal)
                  && int.TryParse(reminder.Subject[SentReminder.InformationRequestPrefix.Length..], out var requestId)
                  && c.Review.InformationRequests.FirstOrDefault(r => r.Id == requestId) is { } request
                    ? $"Information from {request.Agency}, due {Dates.Long(request.DueDate)}"
                    : reminder.Subject;
        var kind = reminder.Kind switch
        {
            ReminderKind.DueSoon => "due soon",
            ReminderKind.DueToday => "due today",
            ReminderKind.Overdue => "overdue",
            _ => reminder.Kind.ToString(),
        };
        return $"{about}: {kind} ({Dates.WithDay(reminder.ForDate)})";
    }
}
