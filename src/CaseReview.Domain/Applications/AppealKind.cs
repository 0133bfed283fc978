namespace CaseReview.Domain.Applications;

public enum AppealKind { Threshold, Review }
