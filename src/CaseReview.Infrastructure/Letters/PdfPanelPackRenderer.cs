using System.Text.RegularExpressions;
using CaseReview.Domain.Calendar;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Review;
using PdfSharp.Pdf;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// The panel pack as an A4 PDF with PDFsharp, in the order of the print page: the case summary, the chronology of complaints
/// and of contacts, each agency's response, the risk assessment, the documents list and, once recorded, the meeting.
/// Every page's foot says it is confidential, whose copy it is and when it was made.
/// </summary>
internal sealed partial class PdfPanelPackRenderer : IPanelPackPdf
{
    public PdfPanelPackRenderer() => LetterFonts.EnsureRegistered();

    public byte[] Render(PanelPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        using var document = new PdfDocument();
        document.Info.Title = $"Panel pack {pack.Case.Reference}";
        document.Info.Subject = pack.Case.Reference;
        var footer = $"Confidential: for the case review panel only. {pack.Case.Reference}, made for {pack.MadeFor} on {EmailWords.DateAndTime(pack.MadeAt)}.";
        using (var page = new PdfTextPage(document, footer))
        {
            new Drawing(page).Draw(pack);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>"ReviewPending" as "Review pending".</summary>
    internal static string Words(string name) => CapitalInside().Replace(name, m => " " + m.Value.ToLowerInvariant());

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex CapitalInside();

    private sealed class Drawing(PdfTextPage textPage) : PdfReportDrawing(textPage)
    {
        public void Draw(PanelPack pack)
        {
            var c = pack.Case;
            page.Wrapped($"Panel pack: {c.Reference}", _title, Left, ref _y);
            page.Wrapped("Confidential. For the members of the case review panel only. Do not pass it on.", _body, Left, ref _y);

            Heading("Case summary");
            Field("Reference", c.Reference);
            Field("Received", EmailWords.Date(WorkingDayCalendar.LondonDate(c.ReceivedAt)));
            Field("Status", Words(c.Status.ToString()));
            Field("Meeting", c.Review.MeetingAt is { } at ? EmailWords.DateAndTime(at) : "Not arranged");
            Field("Panel", string.Join(", ", c.Review.Panel));
            if (c.Review.Chair is { } chair)
            {
                Field("Chair", chair.Name);
            }

            Field(c.IsThirdParty ? "Applicant (third party)" : "Applicant", c.Applicant.Name);
            if (c.ThirdParty is { } third)
            {
                Field("Relationship to the victim", third.Relationship);
            }

            if (c.Victim is { } victim)
            {
                Field("Victim", victim.Name);
            }

            if (c.ApplicantContactHidden)
            {
                Field("Contact details", "Not shown to panel members: the case officer keeps in touch with the applicant");
            }
            else
            {
                Field("Email", c.Applicant.Email);
                Field("Phone", c.Applicant.Phone);
                Field("Address", Join(c.Applicant.Address, c.Applicant.Postcode));
                if (c.Victim is { } v)
                {
                    Field("Victim's address", Join(v.Address, v.Postcode));
                }
            }

            Field("Type of ASB", Words(c.AsbType.ToString()));
            Field("Issues", string.Join(", ", c.IssueTypes.Select(i => Words(i.ToString()))));
            Field("Hate-motivated", c.HateMotivated ? "Yes" : "No");
            Field("Where", c.Location);
            Field("Problem started", c.ProblemStartedOn is { } started ? EmailWords.Date(started) : null);
            Block("What is happening", c.Description);
            Block("The effect it has", c.Impact);

            Heading("Chronology of complaints");
            if (c.Complaints.Count == 0)
            {
                Line("No complaints given.");
            }

            foreach (var complaint in c.Complaints)
            {
                var reference = string.IsNullOrWhiteSpace(complaint.AgencyReference) ? string.Empty : $" ({complaint.AgencyReference})";
                Item($"{EmailWords.Date(complaint.IncidentDate)}: reported to {complaint.Agency}{reference} on {EmailWords.Date(complaint.ReportedDate)}", complaint.Summary);
            }

            Heading("Chronology of contacts and notes");
            if (pack.Contacts.Count == 0)
            {
                Line("No contacts or notes shared with the panel.");
            }

            foreach (var note in pack.Contacts)
            {
                var with = string.IsNullOrWhiteSpace(note.With) ? string.Empty : $" with {note.With}";
                Item($"{EmailWords.DateAndTime(note.At)}: {note.Kind}{with} (written by {note.WrittenBy})", note.Text);
            }

            Heading("Agency responses");
            foreach (var agency in pack.Agencies)
            {
                SubHeading(agency.Agency);
                if (agency.InformationDue is { } due)
                {
                    Field("Information due", EmailWords.Date(due));
                }

                if (agency.Response is { } response)
                {
                    Block("What the agency knew", response.Knew);
                    Block("What the agency did", response.Did);
                    Field("Recorded", $"by {response.RecordedBy} on {EmailWords.DateAndTime(response.RecordedAt)}");
                }
                else
                {
                    Line("No response yet.");
                }
            }

            Heading("Risk assessment");
            if (pack.RiskAssessment is { } risk)
            {
                Field("Level", $"{risk.Level} risk");
                if (risk.Reasons.Count > 0)
                {
                    Line("Why:");
                    foreach (var reason in risk.Reasons)
                    {
                        page.Bullet(reason, _body, ref _y);
                    }
                }

                Field("Assessed", $"by {risk.AssessedBy} on {EmailWords.DateAndTime(risk.AssessedAt)}");
            }
            else
            {
                Line("Not assessed");
            }

            Heading("Documents");
            if (pack.Documents.Count == 0)
            {
                Line("No documents.");
            }

            foreach (var document in pack.Documents)
            {
                page.Bullet($"{document.FileName} ({DocumentSizes.Words(document.Size)}), added by {document.UploadedBy} on {EmailWords.Date(WorkingDayCalendar.LondonDate(document.UploadedAt))}", _body, ref _y);
            }

            if (c.Review.MeetingRecord is { } record)
            {
                Heading("The meeting");
                Field("Held", EmailWords.DateAndTime(record.MeetingAt));
                foreach (var line in record.Attendance)
                {
                    Field(line.Agency, string.IsNullOrWhiteSpace(line.Attendees) ? line.Attendance.ToString() : $"{line.Attendance}: {line.Attendees}");
                }

                Block("Minutes", record.Minutes ?? "Not written yet.");
                Field("Recorded", $"by {record.RecordedBy} on {EmailWords.DateAndTime(record.RecordedAt)}");
            }
        }
    }
}
