using System.Globalization;

namespace CaseReview.Domain.Threshold;

/// <summary>
/// Suggests whether an application meets the threshold for a case review (s.104(4)-(5), (11)) and says why,
/// complaint by complaint. The threshold is about incidents reported, not about how well agencies responded.
/// </summary>
public sealed class ThresholdPolicy
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public ThresholdPolicy(ThresholdSettings settings)
    {
        settings.Validate();
        Settings = settings;
    }

    public ThresholdSettings Settings { get; }

    /// <summary>
    /// A complaint qualifies when it was reported within one calendar month of the incident and the application
    /// is made within six calendar months of the complaint (both edge days count). One incident reported to
    /// several agencies counts once: complaints with the same incident date are taken as the same incident, and
    /// the first qualifying one counts.
    /// </summary>
    public ThresholdVerdict Evaluate(ThresholdInput input)
    {
        var counted = new Dictionary<DateOnly, ComplaintFact>();
        var assessments = new List<ComplaintAssessment>(input.Complaints.Count);
        for (var i = 0; i < input.Complaints.Count; i++)
        {
            var complaint = input.Complaints[i];
            var refusal = WhyNotQualifying(complaint, input.ApplicationDate);
            if (refusal is null && counted.TryGetValue(complaint.IncidentDate, out var first))
            {
                refusal = $"Not counted: same incident as the complaint to {first.Agency} about {Words(first.IncidentDate)}; one incident reported to several agencies counts once.";
            }

            if (refusal is null)
            {
                counted[complaint.IncidentDate] = complaint;
                var days = complaint.ReportedDate.DayNumber - complaint.IncidentDate.DayNumber;
                assessments.Add(new ComplaintAssessment(i, true,
                    $"Counted: reported to {complaint.Agency} {When(days)}, and within 6 months of this application."));
            }
            else
            {
                assessments.Add(new ComplaintAssessment(i, false, refusal));
            }
        }

        return Verdict(input, counted.Count, assessments);
    }

    private static string? WhyNotQualifying(ComplaintFact complaint, DateOnly applicationDate)
    {
        if (complaint.ReportedDate < complaint.IncidentDate)
        {
            return "Not counted: the date it was reported is before the date it happened. Check the dates.";
        }

        if (complaint.ReportedDate > applicationDate)
        {
            return "Not counted: it was reported after this application was made.";
        }

        if (complaint.ReportedDate > complaint.IncidentDate.AddMonths(1))
        {
            var days = complaint.ReportedDate.DayNumber - complaint.IncidentDate.DayNumber;
            return $"Not counted: reported {Days(days)} after the incident; complaints must be made within one month of what happened.";
        }

        if (applicationDate > complaint.ReportedDate.AddMonths(6))
        {
            return $"Not counted: made on {Words(complaint.ReportedDate)}, more than 6 months before this application.";
        }

        return null;
    }

    private ThresholdVerdict Verdict(ThresholdInput input, int qualifying, List<ComplaintAssessment> assessments)
    {
        var required = Settings.QualifyingComplaintsRequired;
        if (qualifying >= required)
        {
            return new(true, ThresholdRule.StatutoryCount,
                $"The threshold is met: {Incidents(qualifying)} reported within one month of happening, and this application was made within 6 months of each report. The local threshold is {Complaints(required)}.",
                qualifying, assessments);
        }

        if (Settings.HateIncidentRule && input.HateMotivated && qualifying >= 1)
        {
            return new(true, ThresholdRule.HateIncident,
                "The threshold is met: you told us the behaviour is motivated by hate, and locally one hate-motivated incident reported within the time limits is enough.",
                qualifying, assessments);
        }

        if (Settings.HouseholdsRule && input.DistinctHouseholds >= Settings.HouseholdsRequired && RecentComplaint(input))
        {
            return new(true, ThresholdRule.Households,
                $"The threshold is met: {input.DistinctHouseholds} households have complained about the same problem in the last {Settings.HouseholdsWindowMonths} months, and locally {Settings.HouseholdsRequired} households are enough.",
                qualifying, assessments);
        }

        var hate = Settings.HateIncidentRule ? " If the behaviour is motivated by hate, one qualifying complaint is enough." : string.Empty;
        return new(false, ThresholdRule.NotMet,
            $"The threshold is not met: {qualifying} of your complaints {(qualifying == 1 ? "counts" : "count")}, and the local threshold is {Complaints(required)} about separate incidents, each reported within one month of happening and within 6 months before applying.{hate}",
            qualifying, assessments);
    }

    private bool RecentComplaint(ThresholdInput input) =>
        input.Complaints.Any(c => c.ReportedDate <= input.ApplicationDate && c.ReportedDate >= input.ApplicationDate.AddMonths(-Settings.HouseholdsWindowMonths));

    private static string Words(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string When(int days) => days == 0 ? "on the day it happened" : $"{Days(days)} after the incident";

    private static string Incidents(int n) => n == 1 ? "1 separate incident was" : $"{n} separate incidents were";

    private static string Complaints(int n) => n == 1 ? "1 qualifying complaint" : $"{n} qualifying complaints";
}
