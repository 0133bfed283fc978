using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Notes;
using CaseReview.UseCases.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Review;

/// <summary>
/// The panel pack of a case, made from the case now: for officers and administrators, the members of the agencies on the
/// case's panel and its named chair (404 for a case the caller may not see, 403 for one they see but do not sit on the
/// panel of). Every pack made is audited as <c>panel-pack.viewed</c> (the print page) or <c>panel-pack.downloaded</c> (the PDF).
/// </summary>
[Callers(Callers.Staff, "see panel packs")]
public sealed record GetPanelPackQuery(string Reference, bool Download = false) : IQuery<PanelPack>;

public sealed class GetPanelPackHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, CurrentRiskAssessments risk, TimeProvider clock)
    : IQueryHandler<GetPanelPackQuery, PanelPack>
{
    public async ValueTask<PanelPack> Handle(GetPanelPackQuery query, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        if (!access.SeesPanelPack(application))
        {
            throw new ForbiddenException("The panel pack is for case officers and for the members of the agencies on this case's panel.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var detail = CaseDetail.From(application, now, planner, access);
        var caseworker = user.IsCaseworker();
        var notes = await db.CaseNotes.AsNoTracking()
            .Where(n => n.ApplicationId == application.Id && (caseworker || n.SharedWithPanel))
            .ToListAsync(cancellationToken);
        var documents = await access.VisibleDocuments(application.Id).AsNoTracking()
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);

        var pack = new PanelPack(
            detail,
            [.. notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => ListCaseNotesHandler.ViewOf(n, null))],
            AgenciesOf(application),
            await RiskAssessmentOf(application, cancellationToken),
            [.. documents.Select(d => DocumentViews.Of(d, access.Agencies, access))],
            user.DisplayName ?? user.UserId ?? "staff",
            now);

        var action = query.Download ? "panel-pack.downloaded" : "panel-pack.viewed";
        db.AuditEntries.Add(user.Audit(now, action, application.Reference, $"contacts={pack.Contacts.Count} documents={pack.Documents.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return pack;
    }

    private List<PanelPackAgency> AgenciesOf(CaseApplication application)
    {
        var record = application.CurrentMeetingRecord;
        return [.. application.PanelAgencyIds.Select(id =>
        {
            var response = application.CurrentResponses.FirstOrDefault(r => r.AgencyId == id);
            var attendance = record?.Attendance.FirstOrDefault(a => a.AgencyId == id);
            return new PanelPackAgency(
                access.Agencies.NameOf(id),
                application.CurrentInformationRequests.FirstOrDefault(r => r.AgencyId == id)?.DueDate,
                response is null ? null : new AgencyResponseView(access.Agencies.NameOf(id), response.Knew, response.Did, access.StaffName(response.RecordedByName), response.RecordedAt, null),
                attendance?.Attendance,
                attendance?.Attendees);
        })];
    }

    private async Task<PanelPackRiskAssessment?> RiskAssessmentOf(CaseApplication application, CancellationToken cancellationToken) =>
        await risk.SummaryAsync(application.Id, cancellationToken) is { } current
            ? new PanelPackRiskAssessment(current.Level, current.Reasons, access.StaffName(current.AssessedBy), current.AssessedAt)
            : null;
}
