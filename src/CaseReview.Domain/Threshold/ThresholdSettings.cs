namespace CaseReview.Domain.Threshold;

/// <summary>The local threshold procedure. Statute fixes the ceiling of 3; everything else is the partnership's choice.</summary>
public sealed record ThresholdSettings
{
    /// <summary>s.104(5): a partnership may set fewer than three qualifying complaints, never more.</summary>
    public const int StatutoryMaximum = 3;

    public int QualifyingComplaintsRequired { get; init; } = StatutoryMaximum;

    /// <summary>One qualifying complaint about a hate-motivated incident is enough.</summary>
    public bool HateIncidentRule { get; init; } = true;

    /// <summary>Complaints from several households about the same problem are enough.</summary>
    public bool HouseholdsRule { get; init; }
    public int HouseholdsRequired { get; init; } = 5;
    public int HouseholdsWindowMonths { get; init; } = 6;

    /// <summary>A senior officer may accept an application below the threshold, with a recorded reason.</summary>
    public bool DiscretionaryAcceptance { get; init; } = true;

    public void Validate()
    {
        if (QualifyingComplaintsRequired is < 1 or > StatutoryMaximum)
        {
            throw new ArgumentException($"Threshold:QualifyingComplaintsRequired must be between 1 and {StatutoryMaximum}: the Act does not allow a higher threshold.");
        }

        if (HouseholdsRequired < 2)
        {
            throw new ArgumentException("Threshold:HouseholdsRequired must be at least 2.");
        }

        if (HouseholdsWindowMonths < 1)
        {
            throw new ArgumentException("Threshold:HouseholdsWindowMonths must be at least 1.");
        }
    }
}
