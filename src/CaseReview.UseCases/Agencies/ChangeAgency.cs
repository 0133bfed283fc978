using System.Text.Json.Serialization;
using CaseReview.Domain.Agencies;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Agencies;

/// <summary>
/// An administrator changes an agency's name, kind, contact mailbox or active flag. Cases, accounts and action
/// plans name agencies, so a name in use cannot change: deactivate the agency and add one with the new name.
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

public sealed class ChangeAgencyHandler(ICaseReviewDb db, IStaffAccounts accounts, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeAgencyCommand, AgencyView>
{
    public async ValueTask<AgencyView> Handle(ChangeAgencyCommand command, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException($"There is no agency with the id {command.Id}.");
        var name = command.Name!.Trim();
        if (name != agency.Name && await InUseAsync(agency.Name, cancellationToken))
        {
            throw new ConflictException($"'{agency.Name}' is named by cases or staff accounts, so it cannot be renamed. Deactivate it and add an agency with the new name.");
        }

        agency.Change(name, command.Kind!.Value, AgencyRules.Mailbox(command.ContactEmail), command.Active!.Value);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "agency.changed", null, AgencyRules.Detail(agency)));
        await db.SaveChangesAsync(cancellationToken);
        return AgencyView.From(agency);
    }

    private async Task<bool> InUseAsync(string name, CancellationToken cancellationToken) =>
        await accounts.AnyInAgencyAsync(name, cancellationToken)
        || await db.Applications.AnyAsync(
            c => c.PanelAgencies.Contains(name) || c.Complaints.Any(x => x.Agency == name) || c.Recommendations.Any(r => r.OwnerAgency == name),
            cancellationToken);
}
