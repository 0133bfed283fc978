namespace CaseReview.Domain.Applications;

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
