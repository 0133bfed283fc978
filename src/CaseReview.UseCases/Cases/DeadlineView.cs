using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;

namespace CaseReview.UseCases.Cases;

public sealed record DeadlineView(Stage Stage, DateOnly DueDate, Rag Rag, DateOnly? OriginalDueDate = null, string? ExtensionReason = null);
