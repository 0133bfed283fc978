namespace CaseReview.Domain.Review;

/// <summary>
/// What one agency on the panel knew about the behaviour and what it did. An agency has one current response
/// per review; recording it again replaces it but keeps the earlier one (<see cref="ReplacedAt"/>) as history.
/// </summary>
public sealed class AgencyResponse
{
    private AgencyResponse() { Knew = string.Empty; Did = string.Empty; RecordedById = string.Empty; RecordedByName = string.Empty; }

    public AgencyResponse(int agencyId, string knew, string did, string recordedById, string recordedByName, DateTime recordedAtUtc)
    {
        AgencyId = agencyId;
        Knew = knew;
        Did = did;
        RecordedById = recordedById;
        RecordedByName = recordedByName;
        RecordedAt = recordedAtUtc;
    }

    public int Id { get; private set; }
    /// <summary>The agency on the panel that answered (by id: renaming the agency renames it here too).</summary>
    public int AgencyId { get; private set; }
    public string Knew { get; private set; }
    public string Did { get; private set; }
    public string RecordedById { get; private set; }
    public string RecordedByName { get; private set; }
    public DateTime RecordedAt { get; private set; }

    /// <summary>When a later response from the same agency replaced this one; null while it is current.</summary>
    public DateTime? ReplacedAt { get; private set; }

    public bool IsCurrent => ReplacedAt is null;

    internal void Replace(DateTime utcNow) => ReplacedAt ??= utcNow;

    /// <summary>Retention: what the agency knew and did about the people involved goes; who recorded it and when stay.</summary>
    internal void Anonymise()
    {
        Knew = Applications.CaseApplication.AnonymisedText;
        Did = Applications.CaseApplication.AnonymisedText;
    }
}
