using CaseReview.Domain.Calendar;

namespace CaseReview.UseCases.Review;

/// <summary>An unanswered information request on a case, with its RAG today: red once missed, amber when due within 2 working days.</summary>
public sealed record OpenInformationRequest(string Reference, string Agency, DateOnly DueDate, bool ShortNotice, Rag Rag, bool Overdue);
