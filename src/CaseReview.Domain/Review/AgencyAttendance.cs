namespace CaseReview.Domain.Review;

/// <summary>One agency's attendance at the review meeting, and who came for it (their names, as the minutes give them).</summary>
public sealed class AgencyAttendance
{
    private AgencyAttendance() { }

    internal AgencyAttendance(int agencyId, Attendance attendance, string? attendees)
    {
        AgencyId = agencyId;
        Attendance = attendance;
        Attendees = attendees;
    }

    public int Id { get; private set; }
    public int AgencyId { get; private set; }
    public Attendance Attendance { get; private set; }
    public string? Attendees { get; private set; }

    internal void Anonymise() => Attendees = Applications.CaseApplication.Wiped(Attendees);
}
