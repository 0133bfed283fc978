using CaseReview.Domain.Agencies;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;

namespace CaseReview.UseCases.Review;

/// <summary>
/// One panel agency's information request: when it was asked, by when its chronology and response are due (a short
/// notice one was given less time because the meeting was close), where it stands, and its RAG while it waits.
/// </summary>
public sealed record InformationRequestView(
    int Id,
    string Agency,
    DateTime RequestedAt,
    DateOnly DueDate,
    bool ShortNotice,
    InformationRequestState State,
    Rag? Rag,
    DateTime? AnsweredAt,
    bool AnsweredLate)
{
    public static InformationRequestView Of(InformationRequest r, AgencyRegister agencies, DeadlinePlanner planner, DateTime utcNow)
    {
        var today = planner.Today(utcNow);
        var state = r.AnsweredAt is not null ? InformationRequestState.Answered
            : r.DueDate < today ? InformationRequestState.Overdue
            : InformationRequestState.Waiting;
        return new(
            r.Id,
            agencies.NameOf(r.AgencyId),
            r.RequestedAt,
            r.DueDate,
            r.ShortNotice,
            state,
            r.AnsweredAt is null ? planner.Calendar.RagFor(r.DueDate, today) : null,
            r.AnsweredAt,
            r.AnsweredAt is { } answered && !StageDeadline.IsOnTime(WorkingDayCalendar.LondonDate(answered), r.DueDate));
    }
}
