using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>
/// An application for an ASB case review: the aggregate root. Its status changes only through the
/// business methods in <c>CaseApplication.Workflow.cs</c>, each of which fires the state machine.
/// </summary>
public sealed partial class CaseApplication
{
    private readonly List<Complaint> _complaints = [];
    private readonly List<StatusChange> _history = [];
    private readonly List<StageDeadline> _deadlines = [];
    private readonly List<Recommendation> _recommendations = [];
    private readonly List<AgencyResponse> _responses = [];
    private readonly List<CaseLink> _links = [];

    // For EF Core: the machine is rebuilt over the persisted status.
    private CaseApplication()
    {
        Reference = string.Empty;
        TrackingCode = string.Empty;
        Applicant = null!;
        Location = string.Empty;
        Description = string.Empty;
        Impact = string.Empty;
        _machine = BuildMachine();
    }

    private CaseApplication(string reference, string trackingCode, ApplicationDetails details, DateTime receivedAtUtc)
    {
        Id = Guid.NewGuid();
        Reference = reference;
        TrackingCode = trackingCode;
        Applicant = details.Applicant;
        IsThirdParty = details.IsThirdParty;
        ThirdParty = details.IsThirdParty ? details.ThirdParty : null;
        Victim = details.IsThirdParty ? details.Victim : null;
        VictimType = details.VictimType;
        Location = details.Location;
        Description = details.Description;
        AsbType = details.AsbType;
        IssueTypes = [.. details.IssueTypes.Distinct()];
        HateMotivated = details.HateMotivated;
        Impact = details.Impact;
        Channel = details.Channel;
        ProblemStartedOn = details.ProblemStartedOn;
        ReceivedAt = receivedAtUtc;
        RefreshMatchKeys();
        _complaints.AddRange(details.Complaints);
        Status = CaseStatus.Received;
        _machine = BuildMachine();
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; }
    public string TrackingCode { get; private set; }
    public CaseStatus Status { get; private set; }
    public int Version { get; private set; }
    public DateTime ReceivedAt { get; private set; }

    public Applicant Applicant { get; private set; }
    public bool IsThirdParty { get; private set; }
    public ThirdParty? ThirdParty { get; private set; }

    /// <summary>The person affected, when a third party applies for them; null when the applicant is the victim.</summary>
    public Victim? Victim { get; private set; }

    /// <summary>The victim's name: their own when they applied, otherwise the one the third party gave.</summary>
    public string VictimName => Victim?.Name ?? Applicant.Name;

    /// <summary>Where the problem is felt: the victim's postcode (the figures by district use it).</summary>
    public string? VictimPostcode => Victim is null ? Applicant.Postcode : Victim.Postcode;

    /// <summary>The victim's address.</summary>
    public string? VictimAddress => Victim is null ? Applicant.Address : Victim.Address;
    public VictimType VictimType { get; private set; }
    public string Location { get; private set; }
    public string Description { get; private set; }
    public AsbType AsbType { get; private set; }
    public List<IssueType> IssueTypes { get; private set; } = [];
    public bool HateMotivated { get; private set; }
    public string Impact { get; private set; }
    public Channel Channel { get; private set; }
    public DateOnly? ProblemStartedOn { get; private set; }

    // Normalised details, indexed, for suggesting links between applications and finding a person's cases (see MatchKeys).
    // The postcode and address are the victim's (where the problem is); the email and phone the applicant's.

    /// <summary>The victim's postcode, normalised.</summary>
    public string? PostcodeKey { get; private set; }

    /// <summary>The victim's address, normalised: the household of the households rule.</summary>
    public string? AddressKey { get; private set; }

    /// <summary>The applicant's email, normalised.</summary>
    public string? EmailKey { get; private set; }

    /// <summary>The applicant's phone, normalised.</summary>
    public string? PhoneKey { get; private set; }

    /// <summary>The applicant's own postcode, normalised (a third party's may differ from the victim's).</summary>
    public string? ApplicantPostcodeKey { get; private set; }

    /// <summary>The victim's email, normalised, when a third party applied and the victim agreed to be contacted.</summary>
    public string? VictimEmailKey { get; private set; }

    /// <summary>The victim's phone, normalised, when a third party applied and the victim agreed to be contacted.</summary>
    public string? VictimPhoneKey { get; private set; }

    // What the search box finds the case by (see CaseSearch): worked out from the details whenever they change.
    public string? SearchText { get; private set; }
    public string? PanelSearchText { get; private set; }
    public int SearchTextVersion { get; private set; }

    /// <summary>Null until the threshold is decided; replaced when it is decided again after an upheld appeal.</summary>
    public ThresholdDecision? ThresholdDecision { get; private set; }

    /// <summary>The review meeting: when, who chairs it, how the applicant takes part (empty until it is arranged).</summary>
    public ReviewMeeting Meeting { get; private set; } = ReviewMeeting.NotArranged();

    /// <summary>The agencies on the review panel, in the order chosen (ids: their members may see the case).</summary>
    public List<int> PanelAgencyIds { get; private set; } = [];
    public string? Findings { get; private set; }

    /// <summary>What the panel found and will do, in plain words for the applicant: shown on the tracking page once the outcome is sent.</summary>
    public string? ApplicantSummary { get; private set; }

    /// <summary>The findings of the last review an upheld appeal set aside, kept for staff to see.</summary>
    public string? SetAsideFindings { get; private set; }
    public ApplicantConsultation? ApplicantConsultation { get; private set; }

    /// <summary>Null until the applicant appeals.</summary>
    public Appeal? Appeal { get; private set; }

    public string? ClosureReason { get; private set; }

    /// <summary>The case officer who looks after the case; reminders go to them (or to the lead mailbox when nobody is).</summary>
    public string? AssignedOfficerId { get; private set; }
    public string? AssignedOfficerName { get; private set; }

    public IReadOnlyList<Complaint> Complaints => _complaints;
    public IReadOnlyList<StatusChange> History => _history;
    public IReadOnlyList<StageDeadline> Deadlines => _deadlines;
    public IReadOnlyList<Recommendation> Recommendations => _recommendations;

    /// <summary>The action plan being followed: the recommendations of the current review, not of one set aside on appeal.</summary>
    public IReadOnlyList<Recommendation> CurrentRecommendations => [.. _recommendations.Where(r => r.IsCurrent)];
    public IReadOnlyList<AgencyResponse> Responses => _responses;
    public IReadOnlyList<CaseLink> Links => _links;

    public bool IsOpen => Status is not (CaseStatus.Closed or CaseStatus.Withdrawn);

    /// <summary>
    /// A new application: status Received, with the acknowledgement and threshold-decision clocks started on the
    /// day it was received. That is today, unless staff enter one that arrived earlier (a letter opened on Friday and
    /// entered on Monday): the statutory clocks run from receipt, not from when someone typed it in.
    /// </summary>
    public static CaseApplication Submit(ApplicationDetails details, string reference, string trackingCode, ActionContext context, DateOnly? receivedOn = null)
    {
        var received = receivedOn is { } day && day < context.Today ? day : context.Today;
        var receivedAt = received == context.Today ? context.UtcNow : WorkingDayCalendar.LondonNoonUtc(received);
        var application = new CaseApplication(reference, trackingCode, details, receivedAt);
        var note = received == context.Today ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Received on {received:d MMMM yyyy}, entered on {context.Today:d MMMM yyyy}");
        application._history.Add(new StatusChange(null, CaseStatus.Received, "submit", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, note));
        application.StartClock(Stage.Acknowledge, context, received);
        application.StartClock(Stage.ThresholdDecision, context, received);
        return application;
    }

    /// <summary>The facts the threshold policy weighs, as of the date the application was received.</summary>
    public ThresholdInput ThresholdInput(DateOnly receivedOn, int distinctHouseholds = 1) =>
        new(receivedOn, [.. _complaints.Select(c => new ComplaintFact(c.IncidentDate, c.ReportedDate, c.Agency, c.AgencyReference))], HateMotivated, distinctHouseholds);

    public StageDeadline? OpenDeadline(Stage stage) => _deadlines.FirstOrDefault(d => d.Stage == stage && d.IsOpen);

    /// <summary>Complaints are checked against the agencies' records before the threshold is decided.</summary>
    public bool MayVerifyComplaints => Status is CaseStatus.Received or CaseStatus.InAssessment;

    /// <summary>Only an open case has someone looking after it.</summary>
    public bool MayAssignOfficer => IsOpen;

    public void VerifyComplaint(int complaintId, ActionContext context)
    {
        if (!MayVerifyComplaints)
        {
            throw new CaseRuleException("complaintId", "Complaints can only be verified before the threshold is decided.");
        }

        var complaint = _complaints.FirstOrDefault(c => c.Id == complaintId)
            ?? throw new CaseRuleException("complaintId", "That complaint is not part of this application.");
        complaint.Verify(context.Actor.DisplayName, context.UtcNow);
        Version++;
    }

    /// <summary>
    /// Moves an open stage's due date later. Deadlines are only ever extended with a recorded reason; the change
    /// appears in the case's history. Not a transition: the status stays as it is.
    /// </summary>
    public void ExtendDeadline(Stage stage, DateOnly newDueDate, string reason, ActionContext context)
    {
        var deadline = OpenDeadline(stage) ?? throw new CaseRuleException("stage", $"There is no open {stage} deadline on this case.");
        if (newDueDate <= deadline.DueDate)
        {
            throw new CaseRuleException("dueDate", $"The new due date must be after the current one ({deadline.DueDate:yyyy-MM-dd}).");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CaseRuleException("reason", "Give a reason for extending the deadline.");
        }

        var note = $"{stage} due date moved from {deadline.DueDate:yyyy-MM-dd} to {newDueDate:yyyy-MM-dd}: {reason.Trim()}";
        deadline.Extend(newDueDate, reason.Trim());
        _history.Add(new StatusChange(Status, Status, "extend-deadline", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, note));
        Version++;
    }

    /// <summary>Makes a case officer responsible for the case. Not a transition: the status stays as it is.</summary>
    public void AssignOfficer(string officerId, string officerName, ActionContext context)
    {
        if (!MayAssignOfficer)
        {
            throw new CaseRuleException("officerEmail", "A closed or withdrawn case cannot be assigned.");
        }

        AssignedOfficerId = officerId;
        AssignedOfficerName = officerName;
        _history.Add(new StatusChange(Status, Status, "assign-officer", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, $"Assigned to {officerName}"));
        Version++;
    }

    /// <summary>
    /// The acknowledgement reached the applicant (the email was sent): the acknowledgement stage is done. Nothing
    /// happens when it was already done, for example because an officer started the assessment first.
    /// </summary>
    public void RecordAcknowledgement(string how, ActionContext context)
    {
        if (OpenDeadline(Stage.Acknowledge) is null)
        {
            return;
        }

        StopClock(Stage.Acknowledge, context);
        _history.Add(new StatusChange(Status, Status, "acknowledge", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, how));
        Version++;
    }

    private void StartClock(Stage stage, ActionContext context, DateOnly? startedOn = null)
    {
        var start = startedOn ?? context.Today;
        OpenDeadline(stage)?.Cancel(context.UtcNow);
        _deadlines.Add(new StageDeadline(stage, start, context.Planner.DueDate(stage, start)));
    }

    private void StopClock(Stage stage, ActionContext context) => OpenDeadline(stage)?.Complete(context.UtcNow);

    private void CancelAllClocks(ActionContext context)
    {
        foreach (var deadline in _deadlines.Where(d => d.IsOpen))
        {
            deadline.Cancel(context.UtcNow);
        }

        SetAsideOpenInformationRequests(context);
    }

    private void RefreshMatchKeys()
    {
        PostcodeKey = MatchKeys.Postcode(VictimPostcode);
        AddressKey = MatchKeys.Address(VictimAddress);
        EmailKey = MatchKeys.Email(Applicant.Email);
        PhoneKey = MatchKeys.Phone(Applicant.Phone);
        ApplicantPostcodeKey = MatchKeys.Postcode(Applicant.Postcode);
        VictimEmailKey = MatchKeys.Email(Victim?.Email);
        VictimPhoneKey = MatchKeys.Phone(Victim?.Phone);
        RefreshSearchText();
    }
}
