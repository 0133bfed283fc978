namespace CaseReview.Domain.Applications;

/// <summary>How the victim told the person applying for them that they agree: the consent record of a third-party application.</summary>
public enum ConsentMethod { InWriting, ByPhone, InPerson }
