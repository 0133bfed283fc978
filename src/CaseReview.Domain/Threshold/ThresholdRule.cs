namespace CaseReview.Domain.Threshold;

/// <summary>Which rule decided the verdict (or, for a recorded decision, that an officer used discretion).</summary>
public enum ThresholdRule { StatutoryCount, HateIncident, Households, Discretion, NotMet }
