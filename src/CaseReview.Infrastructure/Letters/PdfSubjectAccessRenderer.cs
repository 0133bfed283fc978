using CaseReview.Domain.Calendar;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.SubjectAccess;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// A subject access export as an A4 PDF bundle with PDFsharp, in the order the page shows it: a cover (what was searched
/// for, who made it and when), the parts to review for other people's data before sending, then each case in full with
/// its notes, documents list, risk assessments, meeting records, the emails sent (with their text) and its audit lines.
/// Every page's foot says it is confidential and when it was made, and names no one.
/// </summary>
internal sealed class PdfSubjectAccessRenderer : ISubjectAccessPdf
{
    public PdfSubjectAccessRenderer() => LetterFonts.EnsureRegistered();

    public byte[] Render(SubjectAccessExport export, ExportSubjectAccessQuery search)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(search);
        using var document = new PdfDocument();
        document.Info.Title = "Subject access request";
        var footer = $"Confidential: subject access request, made on {EmailWords.DateAndTime(export.ExportedAt)}.";
        using (var page = new PdfTextPage(document, footer))
        {
            new Drawing(page).Draw(export, search);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private sealed class Drawing(PdfTextPage textPage) : PdfReportDrawing(textPage)
    {
        private readonly XFont _small = new(LetterFonts.Family, 9);

        public void Draw(SubjectAccessExport export, ExportSubjectAccessQuery search)
        {
            page.Wrapped("Subject access request", _title, Left, ref _y);
            page.Wrapped("Confidential. Everything CaseReview holds about the person searched for, to review before it is sent to them.", _body, Left, ref _y);

            Heading("Searched for");
            OptionalField("Email", search.Email);
            OptionalField("Phone", search.Phone);
            OptionalField("Name", search.Name);
            OptionalField("Postcode", search.Postcode);
            Field("Made by", export.ExportedBy);
            Field("Made on", EmailWords.DateAndTime(export.ExportedAt));
            Field("Cases found", export.Cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var found in export.Cases)
            {
                page.Bullet($"{found.Case.Reference}: {Status(found.Case)}, found by {string.Join(", ", found.MatchedBy)}", _body, ref _y);
            }

            Heading("For redaction review: check before sending");
            page.Wrapped("These parts may hold other people's or staff members' data. Review them, and redact or withhold what is not the person's, before sending this bundle.", _bold, Left, ref _y);
            foreach (var note in export.ForRedactionReview)
            {
                page.Bullet(note, _body, ref _y);
            }

            foreach (var found in export.Cases)
            {
                DrawCase(found);
            }
        }

        private static string Status(CaseDetail c) => PdfPanelPackRenderer.Words(c.Status.ToString());

        private void DrawCase(SubjectAccessCase found)
        {
            var c = found.Case;
            _y = page.KeepTogether(_y + 8, 40);
            page.Wrapped($"Case {c.Reference}", _title, Left, ref _y);
            Field("Status", Status(c));
            Field("Received", EmailWords.DateAndTime(c.ReceivedAt));
            Field("Found by", string.Join(", ", found.MatchedBy));
            Field("Case officer", c.AssignedOfficer);
            if (c.AnonymisedAt is { } anonymised)
            {
                Line($"Anonymised under the retention schedule on {EmailWords.DateAndTime(anonymised)}: its personal data is no longer held.");
            }

            if (c.Restriction is { } restriction)
            {
                Line($"Processing restricted (UK GDPR Article 18) since {EmailWords.DateAndTime(restriction.RestrictedAt)}: {restriction.GroundText}.");
            }

            Heading("The person's details as held");
            Field(c.IsThirdParty ? "Applicant (third party)" : "Applicant", c.Applicant.Name);
            Field("Email", c.Applicant.Email);
            Field("Phone", c.Applicant.Phone);
            Field("Address", Join(c.Applicant.Address, c.Applicant.Postcode));
            Field("Preferred contact", c.Applicant.PreferredContact.ToString());
            OptionalField("Access needs", c.Applicant.AccessNeeds);
            if (c.ThirdParty is { } third)
            {
                Field("Relationship to the victim", third.Relationship);
                Field("Victim consents", third.VictimConsent ? "Yes" : "No");
            }

            if (c.Victim is { } victim)
            {
                Field("Victim", victim.Name);
                Field("Victim's email", victim.Email);
                Field("Victim's phone", victim.Phone);
                Field("Victim's address", Join(victim.Address, victim.Postcode));
            }

            Heading("The application");
            Field("Type of ASB", PdfPanelPackRenderer.Words(c.AsbType.ToString()));
            Field("Issues", string.Join(", ", c.IssueTypes.Select(i => PdfPanelPackRenderer.Words(i.ToString()))));
            Field("Hate-motivated", c.HateMotivated ? "Yes" : "No");
            Field("Where", c.Location);
            Field("Problem started", c.ProblemStartedOn is { } started ? EmailWords.Date(started) : null);
            Block("What is happening", c.Description);
            Block("The effect it has", c.Impact);

            Heading("Complaints");
            Empty(c.Complaints.Count, "No complaints given.");
            foreach (var complaint in c.Complaints)
            {
                var reference = string.IsNullOrWhiteSpace(complaint.AgencyReference) ? string.Empty : $" ({complaint.AgencyReference})";
                Item($"{EmailWords.Date(complaint.IncidentDate)}: reported to {complaint.Agency}{reference} on {EmailWords.Date(complaint.ReportedDate)}", complaint.Summary);
            }

            DrawDecisions(c);

            Heading("History");
            foreach (var change in c.History)
            {
                var reason = string.IsNullOrWhiteSpace(change.Reason) ? string.Empty : $": {change.Reason}";
                page.Bullet($"{EmailWords.DateAndTime(change.OccurredAt)}: {PdfPanelPackRenderer.Words(change.To.ToString())} ({change.Action} by {change.Actor}){reason}", _body, ref _y);
            }

            if (c.Corrections.Count > 0)
            {
                Heading("Corrections");
                foreach (var correction in c.Corrections)
                {
                    page.Bullet($"{EmailWords.DateAndTime(correction.CorrectedAt)}: {correction.Label} corrected from \"{correction.OldValue}\" to \"{correction.NewValue}\" by {correction.CorrectedBy}: {correction.Reason}", _body, ref _y);
                }
            }

            Heading("Notes and contacts");
            Empty(found.Notes.Count, "No notes.");
            foreach (var note in found.Notes)
            {
                var with = string.IsNullOrWhiteSpace(note.With) ? string.Empty : $" with {note.With}";
                Item($"{EmailWords.DateAndTime(note.At)}: {note.Kind}{with} (written by {note.WrittenBy})", note.Text);
            }

            Heading("Documents (listed only: attach each from the case)");
            Empty(found.Documents.Count, "No documents.");
            foreach (var document in found.Documents)
            {
                page.Bullet($"{document.FileName} ({DocumentSizes.Words(document.Size)}), added by {document.UploadedBy} on {EmailWords.Date(WorkingDayCalendar.LondonDate(document.UploadedAt))}", _body, ref _y);
            }

            Heading("Risk assessments");
            Empty(found.RiskAssessments.Count, "Not assessed.");
            foreach (var risk in found.RiskAssessments)
            {
                SubHeading($"{risk.Level} risk (score {risk.Score}), assessed by {risk.AssessedBy} on {EmailWords.DateAndTime(risk.AssessedAt)}");
                OptionalField("Raised because", risk.RaiseReason);
                foreach (var answer in risk.Answers)
                {
                    page.Bullet($"{answer.Question} {answer.Option}", _body, ref _y);
                }
            }

            if (found.MeetingRecords.Count > 0)
            {
                Heading("Meeting records");
                foreach (var record in found.MeetingRecords)
                {
                    SubHeading($"Meeting held {EmailWords.DateAndTime(record.MeetingAt)}, recorded by {record.RecordedBy} on {EmailWords.DateAndTime(record.RecordedAt)}");
                    foreach (var line in record.Attendance)
                    {
                        Field(line.Agency, string.IsNullOrWhiteSpace(line.Attendees) ? line.Attendance.ToString() : $"{line.Attendance}: {line.Attendees}");
                    }

                    Block("Minutes", record.Minutes ?? "Not written.");
                }
            }

            Heading($"Emails sent ({found.Emails.Count})");
            foreach (var email in found.Emails)
            {
                Item($"{email.Subject}: to {email.Recipient} ({email.Status}, {EmailWords.DateAndTime(email.SentAt ?? email.CreatedAt)})", email.Text);
                _y += 2;
            }

            Heading($"Who saw or changed it ({found.AuditEntries.Count})");
            foreach (var line in found.AuditEntries)
            {
                page.Wrapped($"{EmailWords.DateAndTime(line.OccurredAt)}: {line.Action} by {line.Actor}", _small, Left, ref _y);
            }
        }

        private void DrawDecisions(CaseDetail c)
        {
            if (c.Threshold.Met is not null || !string.IsNullOrWhiteSpace(c.Threshold.Reason))
            {
                Heading("Threshold decision");
                Field("Met", c.Threshold.Met is { } met ? (met ? "Yes" : "No") : null);
                OptionalField("Reason", c.Threshold.Reason);
            }

            var review = c.Review;
            if (review.MeetingAt is not null || review.Responses.Count > 0 || !string.IsNullOrWhiteSpace(review.Findings) || review.Recommendations.Count > 0)
            {
                Heading("The review");
                Field("Meeting", review.MeetingAt is { } at ? EmailWords.DateAndTime(at) : null);
                Field("Panel", string.Join(", ", review.Panel));
                foreach (var response in review.Responses.Concat(review.ReplacedResponses))
                {
                    SubHeading($"{response.Agency}, recorded by {response.RecordedBy} on {EmailWords.DateAndTime(response.RecordedAt)}{(response.ReplacedAt is null ? string.Empty : " (replaced)")}");
                    Block("What the agency knew", response.Knew);
                    Block("What the agency did", response.Did);
                }

                if (!string.IsNullOrWhiteSpace(review.Findings))
                {
                    Block("Findings", review.Findings);
                }

                foreach (var recommendation in review.Recommendations)
                {
                    page.Bullet($"{recommendation.Action} ({recommendation.OwnerAgency}, due {EmailWords.Date(recommendation.DueDate)}, {PdfPanelPackRenderer.Words(recommendation.Status.ToString())})", _body, ref _y);
                }
            }

            if (c.Appeal.Kind is not null)
            {
                Heading("Appeal");
                Field("Kind", c.Appeal.Kind.ToString());
                OptionalField("Grounds", c.Appeal.Grounds);
                Field("Decision", c.Appeal.Upheld is { } upheld ? (upheld ? "Upheld" : "Not upheld") : "Not decided");
                OptionalField("Reason", c.Appeal.DecisionReason);
            }

            if (!string.IsNullOrWhiteSpace(c.ClosureReason))
            {
                Heading("Closure");
                Block("Reason", c.ClosureReason);
            }
        }

        private void OptionalField(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                Field(label, value);
            }
        }

        private void Empty(int count, string text)
        {
            if (count == 0)
            {
                Line(text);
            }
        }
    }
}
