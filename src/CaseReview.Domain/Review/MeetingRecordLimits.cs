namespace CaseReview.Domain.Review;

/// <summary>How long the meeting record's texts may be (the validator and the database columns agree).</summary>
public static class MeetingRecordLimits
{
    public const int MinutesLength = 20000;
    public const int AttendeesLength = 500;
}
