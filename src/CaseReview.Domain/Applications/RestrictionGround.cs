namespace CaseReview.Domain.Applications;

/// <summary>Why processing of a case is restricted: the four grounds of UK GDPR Article 18(1).</summary>
public enum RestrictionGround
{
    /// <summary>Art. 18(1)(a): the person contests the accuracy of the data, while it is checked.</summary>
    AccuracyContested,

    /// <summary>Art. 18(1)(b): the processing is unlawful and the person asks for restriction instead of erasure.</summary>
    UnlawfulProcessing,

    /// <summary>Art. 18(1)(c): the council no longer needs the data, but the person needs it kept for legal claims.</summary>
    LegalClaims,

    /// <summary>Art. 18(1)(d): the person objected (Art. 21(1)), while it is checked whether the council's grounds override theirs.</summary>
    ObjectionPending,
}
