using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Tracking;

/// <summary>
/// The applicant changes their contact details and how they would like to be contacted, with their tracking code,
/// while the application is open. A detail left out (or empty) stays as it is; <c>preferredContact</c> is required.
/// The old and the new email address are both told; the case's history shows the officer what changed (not the
/// values), and it is audited. The tracking code's page never shows the details held.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record ChangeContactByTrackingCodeCommand(string? Email, string? Phone, string? Address, string? Postcode, PreferredContact? PreferredContact)
    : ICommand<TrackingView>, ITrackingCommand
{
    [JsonIgnore]
    public string TrackingCode { get; init; } = string.Empty;
}

public sealed class ChangeContactByTrackingCodeValidator : AbstractValidator<ChangeContactByTrackingCodeCommand>
{
    public ChangeContactByTrackingCodeValidator()
    {
        RuleFor(x => x.PreferredContact).NotNull().WithMessage("Select how you would like us to contact you");
        RuleFor(x => x.Email).Mailbox().WithMessage("Enter an email address in the correct format, like name@example.com")
            .MaximumLength(254).When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Phone).Matches(@"^[0-9+()\s-]{7,20}$").WithMessage("Enter a phone number, like 01632 960 001 or 07700 900 982")
            .When(x => !string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Address).MaximumLength(500).WithMessage("Enter an address of 500 characters or fewer");
        RuleFor(x => x.Postcode).Matches(ApplicantInputValidator.PostcodePattern).WithMessage("Enter a real postcode, like B98 8AH")
            .When(x => !string.IsNullOrWhiteSpace(x.Postcode));
    }
}

public sealed class ChangeContactByTrackingCodeHandler(ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock, IMediator mediator, CaseEmails emails)
    : ICommandHandler<ChangeContactByTrackingCodeCommand, TrackingView>
{
    public async ValueTask<TrackingView> Handle(ChangeContactByTrackingCodeCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.History)
            .FirstOrDefaultAsync(a => a.TrackingCode == command.TrackingCode, cancellationToken)
            ?? throw new NotFoundException("We could not find an application with that tracking code.");
        var now = clock.GetUtcNow().UtcDateTime;
        var before = application.ChangeContact(
            Blank(command.Email), Blank(command.Phone), Blank(command.Address), Blank(command.Postcode)?.ToUpperInvariant(), command.PreferredContact!.Value,
            new ActionContext(Actor.Applicant, now, planner));
        await emails.QueueContactChangedAsync(application, before, cancellationToken);
        var changed = CaseApplication.ContactChanges(before, application.Applicant);
        // The tracking code speaks for the applicant, whoever else may be signed in.
        db.AuditEntries.Add(new Domain.Audit.AuditEntry(now, Actor.Applicant.Id, Actor.Applicant.DisplayName, "case.contact-changed", application.Reference, $"by tracking code; changed={string.Join(",", changed)}", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new TrackApplicationQuery(command.TrackingCode), cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
