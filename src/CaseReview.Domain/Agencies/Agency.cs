namespace CaseReview.Domain.Agencies;

/// <summary>A relevant body (or co-opted partner) that complaints are made to and that sits on review panels.</summary>
public sealed class Agency
{
    private Agency() { Name = string.Empty; }

    public Agency(int id, string name, AgencyKind kind, string? contactEmail, bool active = true)
    {
        Id = id;
        Name = name;
        Kind = kind;
        ContactEmail = contactEmail;
        Active = active;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public AgencyKind Kind { get; private set; }

    /// <summary>The agency's shared mailbox for case review business (not a person's address).</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>An inactive agency is kept so old cases still name it, but cannot be put on a new panel.</summary>
    public bool Active { get; private set; }

    public void Change(string name, AgencyKind kind, string? contactEmail, bool active)
    {
        Name = name;
        Kind = kind;
        ContactEmail = contactEmail;
        Active = active;
    }
}
