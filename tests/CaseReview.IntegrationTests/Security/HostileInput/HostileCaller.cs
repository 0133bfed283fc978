namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>Who sends: nobody signed in, and each role (panel members and chairs of Police, the seeded cases' panel agency).</summary>
public enum HostileCaller { Anonymous, CaseOfficer, Administrator, PanelMember, Chair }
