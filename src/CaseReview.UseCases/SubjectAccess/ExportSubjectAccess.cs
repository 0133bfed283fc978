using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Notes;
using CaseReview.UseCases.Review;
using CaseReview.UseCases.Risk;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.SubjectAccess;

/// <summary>
/// A subject access request (UK GDPR Article 15): everything CaseReview holds about one person, found by their email,
/// phone, name or postcode (any of them; a case matching any is included): each case in full as caseworkers see it,
/// the emails sent about it and the audit lines about it. Parts that hold other people's data (a third party, staff,
/// neighbours named in free text) are marked for the administrator to review before anything is sent. Audited as
/// <c>subject-access.export</c> (the JSON and the page) or <c>subject-access.downloaded</c> (<paramref name="Download"/>:
/// the PDF bundle), with what was searched by and how many cases, never the values.
/// </summary>
[Callers(Callers.Administrators, "answer subject access requests")]
public sealed record ExportSubjectAccessQuery(string? Email, string? Phone, string? Name, string? Postcode, bool Download = false) : IQuery<SubjectAccessExport>;

/// <summary>
/// The export: when and by whom it was made, the cases found (oldest first), how each matched, and what to review
/// before sending it.
/// </summary>
public sealed record SubjectAccessExport(DateTime ExportedAt, string ExportedBy, IReadOnlyList<string> SearchedBy, IReadOnlyList<SubjectAccessCase> Cases, IReadOnlyList<string> ForRedactionReview);

/// <summary>
/// One case the person is in: how it matched (<c>email</c>, <c>phone</c>, <c>name</c>, <c>postcode</c> for the applicant;
/// <c>thirdPartyName</c> and <c>applicantPostcode</c> for a third party who applied; <c>victimName</c>, <c>victimEmail</c>,
/// <c>victimPhone</c> for the victim a third party applied for, whose postcode is <c>postcode</c>).
/// </summary>
/// <see cref="Documents"/> lists the files attached to the case (download each from the case to include it);
/// <see cref="RiskAssessments"/> the victim risk assessments, oldest first, with their answers;
/// <see cref="MeetingRecords"/> every record of its review meetings (attendance and minutes), earlier ones included.
public sealed record SubjectAccessCase(IReadOnlyList<string> MatchedBy, CaseDetail Case, IReadOnlyList<SubjectAccessEmail> Emails, IReadOnlyList<SubjectAccessAuditLine> AuditEntries, IReadOnlyList<CaseNoteView> Notes,
    IReadOnlyList<CaseDocumentView> Documents, IReadOnlyList<RiskAssessmentView> RiskAssessments, IReadOnlyList<MeetingRecordView> MeetingRecords);

/// <summary>An email about the case, with its text (unless the retention schedule removed it).</summary>
public sealed record SubjectAccessEmail(long Id, string Template, string Recipient, string Subject, string Status, DateTime CreatedAt, DateTime? SentAt, string Text);

/// <summary>One line of the audit trail about the case.</summary>
public sealed record SubjectAccessAuditLine(DateTime OccurredAt, string Actor, string Action, string? Detail);

public sealed class ExportSubjectAccessValidator : AbstractValidator<ExportSubjectAccessQuery>
{
    public ExportSubjectAccessValidator()
    {
        RuleFor(x => x).Must(x => new[] { x.Email, x.Phone, x.Name, x.Postcode }.Any(v => !string.IsNullOrWhiteSpace(v)))
            .WithName("email").OverridePropertyName("email").WithMessage("Give the person's email, phone, name or postcode");
        RuleFor(x => x.Email).MaximumLength(254).Must(e => MatchKeys.Email(e) is not null).When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithMessage("Enter an email address of up to 254 characters");
        RuleFor(x => x.Phone).MaximumLength(30).Must(p => MatchKeys.Phone(p) is not null).When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Enter a phone number of 6 to 30 characters");
        RuleFor(x => x.Name).MaximumLength(200).When(x => !string.IsNullOrWhiteSpace(x.Name)).WithMessage("Enter a name of up to 200 characters");
        RuleFor(x => x.Postcode).MaximumLength(10).Must(p => MatchKeys.Postcode(p) is not null).When(x => !string.IsNullOrWhiteSpace(x.Postcode))
            .WithMessage("Enter a postcode of up to 10 characters");
    }
}

public sealed class ExportSubjectAccessHandler(ICaseReviewDb db, CaseAccess access, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<ExportSubjectAccessQuery, SubjectAccessExport>
{
    /// <summary>More cases than any one person has: a search this wide is too broad to be about one person.</summary>
    public const int MaxCases = 200;

    public static readonly IReadOnlyList<string> RedactionReview =
    [
        "cases[].case.applicant or cases[].case.victim, whichever is not this person, on a third-party application: another person's data",
        "cases[].case.location, description, impact, complaints[].summary and every reason or note: may name neighbours or others",
        "cases[].case.review (responses, findings, recommendations) and threshold reasons: the agencies' information, may be about others",
        "cases[].case.history[].actor, review.responses[].recordedBy, assignedOfficer and auditEntries[].actor: staff members' data",
        "cases[].notes[]: officers' notes and contacts, may be about others and hold staff members' views",
        "cases[].meetingRecords[] (minutes and who came): the panel's discussion, may be about others and names the agencies' staff",
        "cases[].documents[]: the files attached to the case, listed only: download each from the case (GET /api/cases/{reference}/documents/{id}), and check photos, diaries and agencies' chronologies for other people before sending",
        "cases[].riskAssessments[]: the victim risk assessments (health and vulnerability answers, the officer's reasons): about the victim, who may not be the person asking, and may be about others in the home",
        "cases[].emails[] to a staff or agency mailbox (not to the person): internal, may be withheld",
        "cases matched by postcode or name only: check they are this person's before sending",
    ];

    public async ValueTask<SubjectAccessExport> Handle(ExportSubjectAccessQuery query, CancellationToken cancellationToken)
    {
        var emailKey = MatchKeys.Email(query.Email);
        var phoneKey = MatchKeys.Phone(query.Phone);
        var postcodeKey = MatchKeys.Postcode(query.Postcode);
        var name = string.IsNullOrWhiteSpace(query.Name) ? null : query.Name.Trim().ToLowerInvariant();
        var cases = await CaseAccess.WholeCase(access.Visible().AsNoTracking()
            // The person may be the applicant (the victim, or a third party applying for them) or the victim a third party applied for.
            .Where(a => (emailKey != null && (a.EmailKey == emailKey || a.VictimEmailKey == emailKey))
                || (phoneKey != null && (a.PhoneKey == phoneKey || a.VictimPhoneKey == phoneKey))
                || (postcodeKey != null && (a.PostcodeKey == postcodeKey || a.ApplicantPostcodeKey == postcodeKey))
                || (name != null && (a.Applicant.Name.ToLower() == name || (a.Victim != null && a.Victim.Name.ToLower() == name))))
            .OrderBy(a => a.ReceivedAt).ThenBy(a => a.Reference)
            .Take(MaxCases))
            .ToListAsync(cancellationToken);

        var references = cases.Select(c => c.Reference).ToList();
        var ids = cases.Select(c => c.Id).ToList();
        await access.LoadAgenciesAsync(cancellationToken);
        var notes = await db.CaseNotes.AsNoTracking().Where(n => ids.Contains(n.ApplicationId)).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(cancellationToken);
        var assessments = await db.RiskAssessments.AsNoTracking().Where(r => ids.Contains(r.ApplicationId)).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => ids.Contains(d.ApplicationId)).OrderBy(d => d.UploadedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var emails = await db.OutboxEmails.AsNoTracking().Where(e => e.CaseReference != null && references.Contains(e.CaseReference)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.CaseReference != null && references.Contains(e.CaseReference)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = cases.Select(c => new SubjectAccessCase(
            MatchedBy(c, emailKey, phoneKey, postcodeKey, name),
            CaseDetail.From(c, now, planner, access),
            [.. emails.Where(e => e.CaseReference == c.Reference).Select(e => new SubjectAccessEmail(e.Id, e.Template, e.Recipient, e.Subject, e.Status.ToString(), e.CreatedAt, e.SentAt, e.TextBody))],
            [.. audit.Where(e => e.CaseReference == c.Reference).Select(e => new SubjectAccessAuditLine(e.OccurredAt, e.ActorName, e.Action, e.Detail))],
            [.. notes.Where(n => n.ApplicationId == c.Id).Select(n => ListCaseNotesHandler.ViewOf(n, notes.Where(x => x.CorrectsId == n.Id).Select(x => (long?)x.Id).Max()))],
            [.. documents.Where(d => d.ApplicationId == c.Id).Select(d => DocumentViews.Of(d, access.Agencies, access))],
            [.. assessments.Where(r => r.ApplicationId == c.Id).Select(RiskAssessmentView.Of)],
            [.. c.MeetingRecords.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(r => CaseDetail.MeetingRecordOf(r, access))])).ToList();

        // What was searched by and how much was found; never the values themselves.
        string[] searchedBy = [.. new[] { ("email", emailKey), ("phone", phoneKey), ("name", name), ("postcode", postcodeKey) }.Where(s => s.Item2 is not null).Select(s => s.Item1)];
        db.AuditEntries.Add(user.Audit(now, query.Download ? "subject-access.downloaded" : "subject-access.export", null, $"by={string.Join('+', searchedBy)};cases={found.Count}"));
        foreach (var reference in references)
        {
            db.AuditEntries.Add(user.Audit(now, "subject-access.case", reference, null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SubjectAccessExport(now, user.DisplayName ?? user.UserId ?? "staff", searchedBy, found, RedactionReview);
    }

    private static List<string> MatchedBy(CaseApplication c, string? emailKey, string? phoneKey, string? postcodeKey, string? name)
    {
        // "email" and the like: the applicant's; "victimEmail" and the like: the victim's, when a third party applied.
        var matched = new List<string>();
        void Add(bool when, string how)
        {
            if (when && !matched.Contains(how))
            {
                matched.Add(how);
            }
        }

        Add(emailKey is not null && c.EmailKey == emailKey, "email");
        Add(emailKey is not null && c.VictimEmailKey == emailKey, "victimEmail");
        Add(phoneKey is not null && c.PhoneKey == phoneKey, "phone");
        Add(phoneKey is not null && c.VictimPhoneKey == phoneKey, "victimPhone");
        Add(name is not null && string.Equals(c.Applicant.Name, name, StringComparison.OrdinalIgnoreCase), c.IsThirdParty ? "thirdPartyName" : "name");
        Add(name is not null && string.Equals(c.Victim?.Name, name, StringComparison.OrdinalIgnoreCase), "victimName");
        Add(postcodeKey is not null && c.PostcodeKey == postcodeKey, "postcode");
        Add(postcodeKey is not null && c.Victim is not null && c.ApplicantPostcodeKey == postcodeKey, "applicantPostcode");
        return matched;
    }
}
