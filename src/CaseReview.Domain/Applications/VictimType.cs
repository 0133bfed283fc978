namespace CaseReview.Domain.Applications;

/// <summary>Who suffers the anti-social behaviour.</summary>
public enum VictimType { Individual, Business, CommunityGroup }
