namespace CaseReview.Domain.Applications;

/// <summary>National recording category for anti-social behaviour.</summary>
public enum AsbType { Personal, Nuisance, Environmental }
