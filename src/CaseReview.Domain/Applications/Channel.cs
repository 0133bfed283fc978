namespace CaseReview.Domain.Applications;

/// <summary>How the application reached the lead body; staff record it for phone, paper and in-person applications.</summary>
public enum Channel { Online, Phone, Paper, Email, InPerson }
