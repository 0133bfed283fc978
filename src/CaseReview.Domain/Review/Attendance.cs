namespace CaseReview.Domain.Review;

/// <summary>Whether an agency on the panel came to the meeting.</summary>
public enum Attendance { Present, Apologies, Absent }
