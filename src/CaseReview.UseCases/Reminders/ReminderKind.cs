namespace CaseReview.UseCases.Reminders;

public enum ReminderKind { DueSoon, DueToday, Overdue }
