using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Applications;

/// <summary>An application for a case review, from the public form, the API, or staff entering one taken by phone or on paper.</summary>
[Callers(Callers.Anyone)]
public sealed record SubmitApplicationCommand(
    ApplicantInput? Applicant,
    bool? IsThirdParty,
    ThirdPartyInput? ThirdParty,
    VictimType? VictimType,
    string? Location,
    string? Description,
    AsbType? AsbType,
    IReadOnlyList<IssueType>? IssueTypes,
    bool? HateMotivated,
    string? Impact,
    Channel? Channel,
    DateOnly? ProblemStartedOn,
    IReadOnlyList<ComplaintInput>? Complaints) : ICommand<SubmittedApplication>
{
    /// <summary>
    /// Staff entering an application that arrived on an earlier day (a letter, a voicemail) give that day: the
    /// statutory clocks start from it. Left out, the application was received today.
    /// </summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The person affected, when a third party applies for them (<c>isThirdParty: true</c>); left out otherwise.</summary>
    public VictimInput? Victim { get; init; }

    /// <summary>From the <c>Idempotency-Key</c> header: a retried submission with the same key returns the same application.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed record SubmittedApplication(string Reference, string TrackingCode, CaseStatus Status, DateTime ReceivedAt, IReadOnlyList<DeadlineView> Deadlines);

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public const int MaxComplaints = 50;

    public SubmitApplicationValidator(ICurrentUser user, TimeProvider clock)
    {
        RuleFor(x => x.IdempotencyKey).MaximumLength(100).WithMessage("The Idempotency-Key header must be 100 characters or fewer");
        RuleFor(x => x.Applicant).NotNull().WithMessage("Tell us about yourself").SetValidator(new ApplicantInputValidator()!);
        RuleFor(x => x.IsThirdParty).NotNull().WithMessage("Select whether you are applying for yourself or for someone else");
        RuleFor(x => x.ThirdParty).NotNull().WithMessage("Tell us how you know the person you are applying for, and how they agreed")
            .SetValidator(new ThirdPartyInputValidator(clock)!).When(x => x.IsThirdParty == true);
        RuleFor(x => x.Victim).NotNull().WithMessage("Tell us the name and address of the person you are applying for")
            .SetValidator(new VictimInputValidator()!).When(x => x.IsThirdParty == true);
        RuleFor(x => x.VictimType).NotNull().WithMessage("Select whether the victim is a person, a business or a community group");
        RuleFor(x => x.Location).NotEmpty().WithMessage("Enter where the anti-social behaviour happens").MaximumLength(500);
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe the anti-social behaviour").MaximumLength(5000);
        RuleFor(x => x.AsbType).NotNull().WithMessage("Select the type of anti-social behaviour");
        RuleFor(x => x.IssueTypes).Must(t => t is null || t.Count <= 11).WithMessage("Select no more than 11 issues");
        RuleFor(x => x.Impact).NotEmpty().WithMessage("Tell us how the anti-social behaviour affects you").MaximumLength(5000);
        RuleFor(x => x.ProblemStartedOn).Must(d => d is null || d <= Domain.Calendar.WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The date the problem started must be today or in the past");
        RuleFor(x => x.Channel).Must(c => c is null or Domain.Applications.Channel.Online || user.IsCaseworker())
            .WithMessage("Only staff can record an application received by phone, on paper, by email or in person");
        RuleFor(x => x.ReceivedOn).Must((x, _) => user.IsCaseworker() && x.Channel is not null and not Domain.Applications.Channel.Online)
            .WithMessage("Only staff entering an application received by phone, on paper, by email or in person can give the date it was received")
            .When(x => x.ReceivedOn is not null);
        RuleFor(x => x.ReceivedOn).Must(d => d <= Domain.Calendar.WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The date the application was received must be today or in the past")
            .Must(d => d >= Domain.Calendar.WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime).AddYears(-1))
            .WithMessage("The date the application was received must be within the last year")
            .When(x => x.ReceivedOn is not null);
        RuleFor(x => x.Complaints).NotEmpty().WithMessage("Add at least one time you reported the problem")
            .Must(c => c is null || c.Count <= MaxComplaints).WithMessage($"Add no more than {MaxComplaints} complaints");
        RuleForEach(x => x.Complaints).NotNull().SetValidator(new ComplaintInputValidator(clock))
            .When(x => x.Complaints is not { Count: > SubmitApplicationValidator.MaxComplaints });
    }
}

public sealed class SubmitApplicationHandler(
    ICaseReviewDb db,
    IReferenceGenerator references,
    ICurrentUser user,
    DeadlinePlanner planner,
    TimeProvider clock,
    CaseEmails emails,
    CaseReviewTelemetry telemetry) : ICommandHandler<SubmitApplicationCommand, SubmittedApplication>
{
    public async ValueTask<SubmittedApplication> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requestHash = Hash(command);
        if (command.IdempotencyKey is { } key)
        {
            var previous = await db.IdempotencyRecords.FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
            if (previous is not null)
            {
                if (previous.RequestHash != requestHash)
                {
                    throw new ConflictException("This Idempotency-Key was already used for a different application. Use a new key for a new application.");
                }

                var existing = await db.Applications.Include(a => a.Deadlines).FirstAsync(a => a.Id == previous.ApplicationId, cancellationToken);
                return Result(existing, now);
            }
        }

        var context = new ActionContext(user.ToActor(), now, planner);
        // The reference carries the year the application was received, which for a letter entered late may be the year before.
        var receivedOn = command.ReceivedOn is { } day && day < context.Today ? day : context.Today;
        var reference = await references.NextAsync(receivedOn.Year, cancellationToken);
        var application = CaseApplication.Submit(ToDetails(command), reference, TrackingCodes.New(), context, command.ReceivedOn);
        db.Applications.Add(application);
        if (command.IdempotencyKey is { } newKey)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord(newKey, requestHash, application.Id, now));
        }

        await emails.QueueForSubmissionAsync(application, cancellationToken);
        db.AuditEntries.Add(new AuditEntry(now, context.Actor.Id, context.Actor.DisplayName, "application.submitted", reference, $"channel={application.Channel}" + (command.ReceivedOn is { } on ? $";receivedOn={on:yyyy-MM-dd}" : string.Empty), user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        telemetry.ApplicationSubmitted(application.Channel.ToString());
        return Result(application, now);
    }

    private SubmittedApplication Result(CaseApplication application, DateTime now) =>
        new(application.Reference, application.TrackingCode, application.Status, application.ReceivedAt, CaseDetail.OpenDeadlines(application, now, planner));

    private static ApplicationDetails ToDetails(SubmitApplicationCommand c)
    {
        var a = c.Applicant!;
        return new ApplicationDetails(
            new Applicant(a.Name!.Trim(), Blank(a.Email), Blank(a.Phone), Blank(a.Address), Blank(a.Postcode)?.ToUpperInvariant(), a.PreferredContact!.Value, Blank(a.AccessNeeds)),
            c.IsThirdParty!.Value,
            c.IsThirdParty == true ? new ThirdParty(c.ThirdParty!.Relationship!.Trim(), c.ThirdParty.VictimConsent == true, c.ThirdParty.ConsentHow, c.ThirdParty.ConsentGivenOn) : null,
            c.VictimType!.Value,
            c.Location!.Trim(),
            c.Description!.Trim(),
            c.AsbType!.Value,
            c.IssueTypes ?? [],
            c.HateMotivated ?? false,
            c.Impact!.Trim(),
            c.Channel ?? Channel.Online,
            c.ProblemStartedOn,
            [.. c.Complaints!.Select(x => new Complaint(x.IncidentDate!.Value, x.ReportedDate!.Value, x.Agency!.Trim(), Blank(x.AgencyReference), Blank(x.Summary)))],
            c.IsThirdParty == true ? ToVictim(c.Victim!) : null);
    }

    // The victim's email and phone are kept only when they agreed to be contacted.
    private static Victim ToVictim(VictimInput v) => v.AgreesToContact == true
        ? new Victim(v.Name!.Trim(), Blank(v.Address), Blank(v.Postcode)?.ToUpperInvariant(), true, Blank(v.Email), Blank(v.Phone))
        : new Victim(v.Name!.Trim(), Blank(v.Address), Blank(v.Postcode)?.ToUpperInvariant(), false, null, null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Hash(SubmitApplicationCommand command) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(command))));
}
