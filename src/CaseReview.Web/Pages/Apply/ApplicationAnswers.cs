using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;

namespace CaseReview.Web.Pages.Apply;

/// <summary>What a resident has answered so far, saved as JSON in their draft between pages.</summary>
public sealed class ApplicationAnswers
{
    /// <summary>The name of the person applying: the victim, or the third party applying for them.</summary>
    public string? Name { get; set; }
    public VictimType? VictimType { get; set; }
    public bool? IsThirdParty { get; set; }
    public string? VictimName { get; set; }
    public string? VictimAddress { get; set; }
    public string? VictimPostcode { get; set; }
    public bool? VictimAgreesToContact { get; set; }
    public string? VictimEmail { get; set; }
    public string? VictimPhone { get; set; }
    public string? Relationship { get; set; }
    public bool? VictimConsent { get; set; }
    public ConsentMethod? ConsentHow { get; set; }
    public DateOnly? ConsentGivenOn { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }
    public DateOnly? ProblemStartedOn { get; set; }
    public AsbType? AsbType { get; set; }
    public List<IssueType> IssueTypes { get; set; } = [];
    public bool? HateMotivated { get; set; }
    public string? Impact { get; set; }
    public List<ComplaintAnswer> Complaints { get; set; } = [];
    public PreferredContact? PreferredContact { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? AccessNeeds { get; set; }

    /// <summary>The same command the API receives, so the same validator and handler decide.</summary>
    public SubmitApplicationCommand ToCommand() => new(
        new ApplicantInput(Name, Email, Phone, Address, Postcode, PreferredContact, AccessNeeds),
        IsThirdParty,
        IsThirdParty == true ? new ThirdPartyInput(Relationship, VictimConsent, ConsentHow, ConsentGivenOn) : null,
        VictimType,
        Location,
        Description,
        AsbType,
        IssueTypes,
        HateMotivated,
        Impact,
        Channel.Online,
        ProblemStartedOn,
        [.. Complaints.Select(c => c.ToInput())])
    {
        Victim = IsThirdParty == true ? new VictimInput(VictimName, VictimAddress, VictimPostcode, VictimAgreesToContact, VictimEmail, VictimPhone) : null,
    };
}
