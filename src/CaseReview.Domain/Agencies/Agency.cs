namespace CaseReview.Domain.Agencies;

public enum AgencyKind { Council, Police, IntegratedCareBoard, HousingProvider, Other }

/// <summary>A relevant body (or co-opted partner) that complaints are made to and that sits on review panels.</summary>
public sealed class Agency
{
    private Agency() { Name = string.Empty; }

    public Agency(int id, string name, AgencyKind kind, string? contactEmail)
    {
        Id = id;
        Name = name;
        Kind = kind;
        ContactEmail = contactEmail;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public AgencyKind Kind { get; private set; }
    public string? ContactEmail { get; private set; }
}
