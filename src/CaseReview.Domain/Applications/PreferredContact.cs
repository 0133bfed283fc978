namespace CaseReview.Domain.Applications;

public enum PreferredContact { Email, Phone, Post }
