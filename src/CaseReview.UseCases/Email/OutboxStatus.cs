namespace CaseReview.UseCases.Email;

public enum OutboxStatus { Pending, Sending, Sent, Failed }
