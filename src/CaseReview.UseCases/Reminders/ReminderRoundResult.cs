namespace CaseReview.UseCases.Reminders;

/// <summary>One reminder round: the reminders due, those it queued (the rest another scheduler had), how long finding them took and the whole round.</summary>
public sealed record ReminderRoundResult(int Due, int Queued, TimeSpan Finding, TimeSpan Total);
