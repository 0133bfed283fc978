namespace CaseReview.UseCases.Cases;

/// <summary>
/// What the caller may do to the case now, besides the workflow's <c>allowedActions</c>: the case's own rules (its
/// stage, its panel) combined with the caller's role and agency. Pages and partner systems read these instead of
/// working the rules out again from the status.
/// </summary>
/// <param name="VerifyComplaints">Check the application's complaints against the agencies' records.</param>
/// <param name="AssignOfficer">Make a case officer responsible for the case.</param>
/// <param name="ExtendDeadlines">Move an open deadline later.</param>
/// <param name="LinkCases">See and change the links to other applications.</param>
/// <param name="RecordAgencyResponses">The agencies on the panel whose response the caller may record now (their own, for a panel member).</param>
/// <param name="RecordConsultation">Record the applicant's consultation on the action plan.</param>
/// <param name="AddNotes">Add notes and contacts to the case's log (and see every entry, not only those shared with the panel).</param>
/// <param name="AddDocuments">Attach documents: officers while the case holds its data; a panel member or chair for their agency while it may respond.</param>
/// <param name="DeleteDocuments">Delete the case's documents (officers).</param>
/// <param name="CorrectDetails">Correct the case's details, keeping the old values (officers, until the case is anonymised).</param>
/// <param name="AppealDecisionRefusal">
/// While an appeal awaits a decision: why the caller may not decide it (only an appeal reviewer may, and never the
/// person whose decision is appealed against); null when they may, or when no appeal awaits a decision.
/// </param>
/// <param name="RecordMeeting">Record the meeting's attendance and minutes (officers, and the chair, from the day of the meeting).</param>
/// <param name="ViewPanelPack">See the panel pack (officers, and the members of the agencies on the panel).</param>
public sealed record CasePermissions(
    bool VerifyComplaints,
    bool AssignOfficer,
    bool ExtendDeadlines,
    bool LinkCases,
    IReadOnlyList<string> RecordAgencyResponses,
    bool RecordConsultation,
    bool AddNotes,
    bool AddDocuments,
    bool DeleteDocuments,
    bool CorrectDetails,
    string? AppealDecisionRefusal = null,
    bool RecordMeeting = false,
    bool ViewPanelPack = false);
