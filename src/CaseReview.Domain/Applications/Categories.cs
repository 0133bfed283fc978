namespace CaseReview.Domain.Applications;

/// <summary>Who suffers the anti-social behaviour.</summary>
public enum VictimType { Individual, Business, CommunityGroup }

/// <summary>National recording category for anti-social behaviour.</summary>
public enum AsbType { Personal, Nuisance, Environmental }

/// <summary>Common issue keywords from local procedures; an application may carry several.</summary>
public enum IssueType
{
    NeighbourDispute,
    Noise,
    ThreatsOrHarassment,
    DrugDealingOrUse,
    NuisanceVehicles,
    YouthRelated,
    StreetDrinking,
    Begging,
    LitteringOrFlyTipping,
    HateMotivated,
    Other,
}

/// <summary>How the application reached the lead body; staff record it for phone, paper and in-person applications.</summary>
public enum Channel { Online, Phone, Paper, Email, InPerson }

public enum PreferredContact { Email, Phone, Post }
