using CaseReview.Domain.Applications;
using CaseReview.Domain.Notes;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;

namespace CaseReview.Benchmarks.Generation;

/// <summary>One generated case and the rows that sit beside it.</summary>
public sealed record BuiltCase(CaseApplication Case, IReadOnlyList<CaseNote> Notes, IReadOnlyList<OutboxEmail> Emails, IReadOnlyList<SentReminder> Reminders);
