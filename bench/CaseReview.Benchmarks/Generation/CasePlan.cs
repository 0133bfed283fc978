using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Notes;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// One case's story, drawn from the seed: who applied and about what, then how far it went. Old cases have ended
/// (closed after the outcome, threshold not met, withdrawn, some after an appeal); recent ones are at every stage.
/// Each step happens some working days after the last, sometimes late, as they do.
/// </summary>
public sealed class CasePlan(Random random, DeadlinePlanner planner, AgencyRegister agencies, DateTime receivedAt, DateTime until, int number)
{
    private static readonly Actor Officer = new("officer-bench", "officer@council.example");
    private static readonly string[] FirstNames = ["Alex", "Sam", "Priya", "Tom", "Aisha", "Jo", "Chris", "Maria", "Dev", "Kim", "Ruth", "Owen"];
    private static readonly string[] Surnames = ["Smith", "Jones", "Patel", "Khan", "Taylor", "Brown", "Evans", "Wilson", "Hughes", "Ahmed"];
    private static readonly string[] Streets = ["High Street", "Elm Close", "Church Road", "Station Road", "Mill Lane", "Park Avenue", "Queen Street"];
    private static readonly string[] Districts = ["B96", "B97", "B98", "WR1", "WR2", "WR3", "WR4", "WR5", "WR9", "WR10", "WR11", "DY10", "DY11", "DY13", "B60", "B61"];
    private static readonly string[] ComplaintAgencies = ["Police", "Council", "Housing Provider"];

    // The team: each assessed case goes to one of 25 case officers, in turn (no draw from the seed, so every case's
    // story is as it was before officers were assigned; each gains one "assign-officer" line in its history).
    private static readonly (string Id, string Name)[] CaseOfficers = [.. Enumerable.Range(0, 25)
        .Select(i => ($"officer-{i + 1:D2}", $"{FirstNames[i % FirstNames.Length]} {Surnames[i * 7 % Surnames.Length]}"))];

    private DateTime _at;

    public Guid Id { get; } = new(RandomBytes(random));

    public BuiltCase Build(CaseApplication? neighbour)
    {
        _at = receivedAt;
        var name = $"{Pick(FirstNames)} {Pick(Surnames)}";
        var house = random.Next(1, 200);
        var street = Pick(Streets);
        var postcode = $"{Pick(Districts)} {random.Next(1, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}{number}@example.org";
        var phone = $"07700 9{random.Next(0, 100000):D5}";
        var receivedOn = WorkingDayCalendar.LondonDate(receivedAt);
        var complaints = Enumerable.Range(0, random.Next(1, 6))
            .Select(i => receivedOn.AddDays(-random.Next(5, 170)))
            .Order()
            .Select(d => new Complaint(d, d.AddDays(random.Next(0, 3)), Pick(ComplaintAgencies), $"REF-{number}", "Shouting and music late at night."))
            .ToList();
        var details = new ApplicationDetails(
            new Applicant(name, email, phone, $"{house} {street}", postcode, random.Next(10) < 8 ? PreferredContact.Email : PreferredContact.Post, null),
            false, null, Pick(Enum.GetValues<VictimType>()), $"Outside {house + 2} {street}", "Repeated noise and intimidation from a neighbouring flat.",
            Pick(Enum.GetValues<AsbType>()), [Pick(Enum.GetValues<IssueType>())], random.Next(20) == 0,
            "I cannot sleep and feel unsafe leaving the house.", Pick(Enum.GetValues<Channel>()), null, complaints);
        var reference = $"CR-{FinancialYearOf(receivedOn)}-{number:D7}";
        var c = CaseApplication.Submit(details, reference, Convert.ToHexString(RandomBytes(random)), Context(Actor.Applicant));
        typeof(CaseApplication).GetProperty(nameof(CaseApplication.Id))!.SetValue(c, Id);

        var notes = new List<CaseNote>();
        var emails = new List<OutboxEmail> { Email("acknowledgement", reference, email) };
        var reminders = new List<SentReminder>();
        Walk(c, notes, emails, reminders, email);
        if (neighbour is not null && random.Next(50) == 0 && neighbour.Id != c.Id)
        {
            c.LinkTo(neighbour, "Same block of flats", Context(Officer));
        }

        return new BuiltCase(c, notes, emails, reminders);
    }

    private void Walk(CaseApplication c, List<CaseNote> notes, List<OutboxEmail> emails, List<SentReminder> reminders, string email)
    {
        // How far the case has had time to go: a case received last week is rarely past assessment.
        var age = (until - receivedAt).TotalDays;
        var roll = random.Next(100);
        if (!Step(c.StartAssessment, 1, 4))
        {
            return;
        }

        var (officerId, officerName) = CaseOfficers[number % CaseOfficers.Length];
        c.AssignOfficer(officerId, officerName, Context(Officer));
        if (age < 10 && roll < 50)
        {
            return;
        }

        notes.Add(new CaseNote(Id, NoteKind.Phone, "Spoke to the applicant about the incidents.", "Applicant", _at, random.Next(3) == 0, null, Officer, _at));
        if (roll < 8 && age > 60)
        {
            Step(x => c.Withdraw("The applicant asked to withdraw.", x), 1, 10);
            return;
        }

        var met = roll >= 40;
        if (!Step(x => c.DecideThreshold(met, null, new ThresholdVerdict(met, met ? ThresholdRule.StatutoryCount : ThresholdRule.NotMet, "As counted.", met ? 3 : 1, []), new ThresholdSettings(), x), 1, 8))
        {
            return;
        }

        emails.Add(Email("threshold-decision", c.Reference, email));
        if (!met)
        {
            CloseAfterTheAppealWindow(c, emails, email);
            return;
        }

        if (age < 25 && roll < 70)
        {
            return;
        }

        var panel = random.Next(2) == 0 ? new[] { "Police", "Council" } : ["Police", "Council", "Housing Provider"];
        var meeting = default(DateOnly);
        if (!Step(x => c.ScheduleReview(WorkingDayCalendar.LondonNoonUtc(meeting = planner.Calendar.AddWorkingDays(x.Today, random.Next(5, 14))), panel, chair: null, participation: null, x), 1, 5))
        {
            return;
        }

        if (random.Next(3) == 0)
        {
            reminders.Add(new SentReminder(c.Reference, "Review meeting", ReminderKind.DueSoon, meeting, _at));
        }

        _at = WorkingDayCalendar.LondonNoonUtc(meeting).AddHours(2);
        if (_at > until || (age < 40 && roll < 85))
        {
            return;
        }

        var plan = Enumerable.Range(0, random.Next(0, 4))
            .Select(i => new PlannedAction($"Action {i + 1}: visit and follow up", panel[i % panel.Length], null, planner.Today(_at).AddDays(30 + (i * 10))))
            .ToList();
        if (!Step(x => c.RecordReview("The panel considered the chronology.", "The agencies will act on the plan.", plan, x), 0, 3)
            || !Step(c.SendOutcome, 0, 6))
        {
            return;
        }

        emails.Add(Email("outcome", c.Reference, email));
        if (random.Next(25) == 0 && Step(x => c.RequestAppeal("The plan does not address the noise.", x), 2, 10))
        {
            Step(x => c.DecideAppeal(false, "The plan covers the noise.", x), 5, 20);
        }
        else if (age > 120)
        {
            Step(x => c.Close("The appeal window ended without an appeal.", x), 25, 35);
        }
    }

    /// <summary>
    /// As the app's nightly job does (<c>CloseExpiredAppealWindows</c>): a "threshold not met" case nobody appealed is
    /// closed early on the morning after its appeal window ends, and the applicant is told.
    /// </summary>
    private void CloseAfterTheAppealWindow(CaseApplication c, List<OutboxEmail> emails, string email)
    {
        if (c.Deadlines.FirstOrDefault(d => d.Stage == Stage.AppealWindow && d.IsOpen) is not { } window)
        {
            return;
        }

        var closeAt = WorkingDayCalendar.LondonMidnightUtc(window.DueDate.AddDays(1)).AddHours(2);
        if (closeAt > until)
        {
            return;
        }

        _at = closeAt;
        c.Close("The appeal window ended without an appeal.", Context(Actor.System));
        emails.Add(Email("case-closed", c.Reference, email));
    }

    /// <summary>Acts some working days after the last step, unless that would be after <c>until</c>.</summary>
    private bool Step(Action<ActionContext> act, int minDays, int maxDays)
    {
        var next = WorkingDayCalendar.LondonNoonUtc(planner.Calendar.AddWorkingDays(planner.Today(_at), random.Next(minDays, maxDays + 1))).AddMinutes(random.Next(-180, 240));
        if (next > until)
        {
            return false;
        }

        var before = _at;
        _at = next < _at ? _at.AddMinutes(5) : next;
        try
        {
            act(Context(Officer));
            return true;
        }
        catch (ActionNotAllowedException)
        {
            // A guard of the workflow said no (an appeal window still open, say): the case stays where it is.
            _at = before;
            return false;
        }
    }

    private ActionContext Context(Actor actor) => new(actor, _at, planner) { Agencies = agencies };

    private OutboxEmail Email(string template, string reference, string recipient) =>
        new(template, reference, recipient, new RenderedEmail($"Your case review {reference}", "We have your application.", "<p>We have your application.</p>"), _at);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static int FinancialYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }
}
