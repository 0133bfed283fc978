using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Documents;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// Who may see which case. Case officers and administrators see all; a panel member or chair sees only
/// the cases whose panel includes their agency; an appeal reviewer only the cases whose appeal awaits a decision
/// and those whose appeal they decided. A case someone may not see is reported as not found, so that its existence
/// does not leak.
/// </summary>
public sealed class CaseAccess(ICaseReviewDb db, ICurrentUser user, PrivacySettings? privacy = null)
{
    public IQueryable<CaseApplication> Visible()
    {
        if (user.IsCaseworker())
        {
            return db.Applications;
        }

        if (user.IsAppealReviewer() && user.UserId is { } reviewer)
        {
            // Someone who also sits on panels sees their panels' cases as well.
            var panelAgency = user.IsPanelMember() && user.AgencyId is { } own ? own : -1;
            var chair = user.IsInRole(Roles.Chair) ? user.UserId : null;
            var decided = CaseAction.AppealDecision.Name();
            return db.Applications.Where(a => a.RestrictedAt == null && (a.Status == CaseStatus.AppealRequested
                || a.History.Any(h => h.Action == decided && h.ActorId == reviewer)
                || (panelAgency != -1 && a.PanelAgencyIds.Contains(panelAgency))
                || (chair != null && a.Meeting.ChairUserId == chair)));
        }

        if (user.IsPanelMember() && user.AgencyId is { } agency)
        {
            // A chair named on the case (schedule-review) sees it even when their own agency is not on the panel.
            var chairId = user.IsInRole(Roles.Chair) ? user.UserId : null;
            // A case whose processing is restricted (Article 18) is kept by the lead body alone.
            return db.Applications.Where(a => a.RestrictedAt == null && (a.PanelAgencyIds.Contains(agency) || (chairId != null && a.Meeting.ChairUserId == chairId)));
        }

        throw new ForbiddenException("Your account does not give access to cases.");
    }

    /// <summary>The agencies as registered when the case was loaded: the names of the ids the case keeps.</summary>
    public AgencyRegister Agencies { get; private set; } = AgencyRegister.Empty;

    /// <summary>Loads the case with everything an action on it reads, and the agency register that names its agencies.</summary>
    public async Task<CaseApplication> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var application = await WholeCase(Visible())
                .FirstOrDefaultAsync(a => a.Reference == reference, cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {reference}.");
        await LoadAgenciesAsync(cancellationToken);
        return application;
    }

    /// <summary>Everything of a case an action, the case detail, anonymising or a subject access export reads.</summary>
    public static IQueryable<CaseApplication> WholeCase(IQueryable<CaseApplication> cases) => cases
        .Include(a => a.Complaints)
        .Include(a => a.History)
        .Include(a => a.Deadlines)
        .Include(a => a.Recommendations).ThenInclude(r => r.Updates)
        .Include(a => a.Responses)
        .Include(a => a.Links)
        .Include(a => a.Corrections)
        .Include(a => a.InformationRequests)
        .Include(a => a.MeetingRecords).ThenInclude(m => m.Attendance);

    /// <summary>Reads the agency register into <see cref="Agencies"/>, for cases read other than by <see cref="LoadAsync"/>.</summary>
    public async Task<AgencyRegister> LoadAgenciesAsync(CancellationToken cancellationToken) =>
        Agencies = new AgencyRegister(await db.Agencies.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>Links between cases are caseworkers' tools: a panel member would learn of cases outside their panels.</summary>
    public bool SeesLinks => user.IsCaseworker();

    /// <summary>Administrators restrict processing of a case and lift the restriction (Article 18).</summary>
    public bool ChangesRestrictions => user.IsInRole(Roles.Administrator);

    /// <summary>Corrections keep the values they replaced: caseworkers' records, never a panel member's.</summary>
    public bool SeesCorrections => user.IsCaseworker();

    /// <summary>
    /// The applicant's email, phone, address and postcode: for the lead body, and for panel members only when the
    /// council's setting says so (<c>Privacy:PanelSeesApplicantContact</c>); the lead body keeps in touch with the applicant.
    /// </summary>
    public bool SeesApplicantContact => user.IsCaseworker() || privacy?.PanelSeesApplicantContact == true;

    /// <summary>
    /// How a member of staff named on the case (by email address) is shown to the caller: as written to caseworkers;
    /// to a panel member, their own address or, for anyone else's (the case officer's above all), "Staff".
    /// </summary>
    public string StaffName(string name) =>
        SeesStaffEmails || !name.Contains('@', StringComparison.Ordinal) || string.Equals(name, user.DisplayName, StringComparison.OrdinalIgnoreCase)
            ? name
            : StaffNameHidden;

    /// <summary>Staff email addresses (the case officer's above all) are the lead body's business.</summary>
    public bool SeesStaffEmails => user.IsCaseworker();

    /// <summary>What a panel member sees instead of another member of staff's email address.</summary>
    public const string StaffNameHidden = "Staff";

    /// <summary>
    /// Caseworkers may take every action but one; a chair on the panel, or named as the case's chair, may record the
    /// review. An appeal is decided by an appeal reviewer alone, never by someone whose decision it is against.
    /// </summary>
    public bool Permits(CaseAction action, CaseApplication application) =>
        action == CaseAction.AppealDecision
            ? WhyNotDecideAppeal(application) is null
            : user.IsCaseworker() || (action == CaseAction.RecordReview && IsChairOf(application));

    /// <summary>What this caller may do to <paramref name="application"/> now: the aggregate's rules, then the caller's role and agency.</summary>
    public CasePermissions PermissionsOn(CaseApplication application, DateOnly? today = null)
    {
        // A restricted case is kept, not processed (Article 18): nothing may be done to it until the restriction is
        // lifted, so no caller is offered an action on it (linking, the pack and the appeal's refusal are reads).
        var processes = !application.IsRestricted;
        var caseworker = user.IsCaseworker() && processes;
        return new CasePermissions(
            VerifyComplaints: caseworker && application.MayVerifyComplaints,
            AssignOfficer: caseworker && application.MayAssignOfficer,
            ExtendDeadlines: caseworker && application.IsOpen,
            LinkCases: SeesLinks,
            RecordAgencyResponses: processes ? Agencies.NamesOf(application.PanelAgencyIds.Where(a => application.MayRecordAgencyResponse(a) && AnswersFor(a))) : [],
            RecordConsultation: caseworker && application.MayRecordApplicantConsultation,
            AddNotes: caseworker,
            AppealDecisionRefusal: application.Status == CaseStatus.AppealRequested ? WhyNotDecideAppeal(application) : null,
            AddDocuments: processes && MayAddDocuments(application),
            DeleteDocuments: caseworker,
            CorrectDetails: caseworker && !application.IsAnonymised,
            RecordMeeting: processes && today is { } day && application.MayRecordMeeting(day) && MayRecordMeeting(application),
            ViewPanelPack: SeesPanelPack(application));
    }

    /// <summary>Officers record the meeting's attendance and minutes, and so may its chair (as for the review's outcome).</summary>
    public bool MayRecordMeeting(CaseApplication application) => user.IsCaseworker() || IsChairOf(application);

    /// <summary>
    /// The panel pack is for officers, the members of the agencies on the case's panel, and the chair named on the case;
    /// not for an appeal reviewer, who decides on how the case was handled rather than sitting on its panel.
    /// </summary>
    public bool SeesPanelPack(CaseApplication application) =>
        user.IsCaseworker() || (user.IsPanelMember() && user.AgencyId is { } agency && application.HasOnPanel(agency)) || IsChairOf(application);

    private bool IsChairOf(CaseApplication application) =>
        user.IsInRole(Roles.Chair) && ((user.AgencyId is { } agency && application.HasOnPanel(agency)) || (user.UserId is { } id && application.Meeting.ChairUserId == id));

    /// <summary>
    /// Officers attach documents to any case that still holds its data; a panel member or chair for their own agency's
    /// response, while that agency may respond (the document is then their agency's).
    /// </summary>
    public bool MayAddDocuments(CaseApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return user.IsCaseworker()
            ? application.MayAddDocuments
            : user.IsPanelMember() && user.AgencyId is { } agency && application.MayAddAgencyDocuments(agency);
    }

    /// <summary>
    /// The documents of a case (one the caller may see) that the caller may see: all of them for officers; for a panel
    /// member or chair, those shared with the panel and their own agency's.
    /// </summary>
    public IQueryable<CaseDocument> VisibleDocuments(Guid applicationId)
    {
        var documents = db.CaseDocuments.Where(d => d.ApplicationId == applicationId);
        if (user.IsCaseworker())
        {
            return documents;
        }

        var agency = user.AgencyId;
        return documents.Where(d => d.SharedWithPanel || (agency != null && d.AgencyId == agency));
    }

    /// <summary>Case officers answer for any agency on the panel; a panel member or chair for their own agency only.</summary>
    public bool AnswersFor(int agencyId) =>
        user.IsCaseworker() || (user.IsPanelMember() && user.AgencyId == agencyId);

    /// <summary>
    /// Why the caller may not decide the case's appeal, in words for staff; null when they may. An appeal reviewer who
    /// recorded the decision under appeal (the threshold decision, or the review's outcome or its sending) may not.
    /// </summary>
    public string? WhyNotDecideAppeal(CaseApplication application) =>
        !user.IsAppealReviewer() || user.UserId is not { } id
            ? "Only an appeal reviewer decides an appeal: someone who was not involved in the decision."
            : application.MadeDecisionUnderAppeal(id)
                ? "You made the decision this appeal is about, so another appeal reviewer must decide it."
                : null;

    public void Demand(CaseAction action, CaseApplication application)
    {
        if (action == CaseAction.AppealDecision && WhyNotDecideAppeal(application) is { } why)
        {
            throw new ForbiddenException(why);
        }

        if (!Permits(action, application))
        {
            throw new ForbiddenException($"Your role does not allow '{action.Name()}'.");
        }
    }
}
