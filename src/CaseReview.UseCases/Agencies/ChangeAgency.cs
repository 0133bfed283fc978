using System.Text.Json.Serialization;
using CaseReview.Domain.Agencies;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Agencies;

/// <summary>
/// An administrator changes an agency's name, kind, contact mailbox or active flag. Cases, accounts and action
/// plans refer to the agency by its id, so a new name shows on every one of them at once (complaints keep the words
/// the applicant used, and the case history what was written at the time).
/// </summary>
[Callers(Callers.Administrators, "manage agencies")]
public sealed record ChangeAgencyCommand(string? Name, AgencyKind? Kind, string? ContactEmail, bool? Active) : ICommand<AgencyView>, IAgencyDetails
{
    [JsonIgnore]
    public int Id { get; init; }
}

public sealed class ChangeAgencyValidator : AbstractValidator<ChangeAgencyCommand>
{
    public ChangeAgencyValidator(ICaseReviewDb db)
    {
        AgencyRules.ForDetails(this);
        RuleFor(x => x.Active).NotNull().WithMessage("Say whether the agency is active");
        RuleFor(x => x.Name).CustomAsync(async (name, context, ct) => AgencyRules.RefuseTakenName(name!, await AgencyRules.TakenNameAsync(db, name!, context.InstanceToValidate.Id, ct), context))
            .When(x => !string.IsNullOrWhiteSpace(x.Name));
    }
}

public sealed class ChangeAgencyHandler(ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeAgencyCommand, AgencyView>
{
    public async ValueTask<AgencyView> Handle(ChangeAgencyCommand command, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"There is no agency with the id {command.Id}.");
        var was = agency.Name;
        agency.Change(command.Name!.Trim(), command.Kind!.Value, AgencyRules.Mailbox(command.ContactEmail), command.Active!.Value);
        var renamed = agency.Name == was ? string.Empty : $";renamedFrom={was}";
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "agency.changed", null, AgencyRules.Detail(agency) + renamed));
        await db.SaveChangesAsync(cancellationToken);
        return AgencyView.From(agency);
    }
}
