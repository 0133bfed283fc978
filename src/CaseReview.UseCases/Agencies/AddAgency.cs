using CaseReview.Domain.Agencies;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Agencies;

/// <summary>An administrator adds a relevant body or co-opted partner (a housing provider, say) with its contact mailbox.</summary>
[Callers(Callers.Administrators, "manage agencies")]
public sealed record AddAgencyCommand(string? Name, AgencyKind? Kind, string? ContactEmail, bool? Active) : ICommand<AgencyView>, IAgencyDetails;

public sealed class AddAgencyValidator : AbstractValidator<AddAgencyCommand>
{
    public AddAgencyValidator(ICaseReviewDb db)
    {
        AgencyRules.ForDetails(this);
        RuleFor(x => x.Name).CustomAsync(async (name, context, ct) => AgencyRules.RefuseTakenName(name!, await AgencyRules.TakenNameAsync(db, name!, null, ct), context))
            .When(x => !string.IsNullOrWhiteSpace(x.Name));
    }
}

public sealed class AddAgencyHandler(ICaseReviewDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddAgencyCommand, AgencyView>
{
    public async ValueTask<AgencyView> Handle(AddAgencyCommand command, CancellationToken cancellationToken)
    {
        // Agencies keep the small ids the seed data gave them; the command runs alone in its transaction.
        var id = (await db.Agencies.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0) + 1;
        var agency = new Agency(id, command.Name!.Trim(), command.Kind!.Value, AgencyRules.Mailbox(command.ContactEmail), command.Active ?? true);
        db.Agencies.Add(agency);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "agency.created", null, AgencyRules.Detail(agency)));
        await db.SaveChangesAsync(cancellationToken);
        return AgencyView.From(agency);
    }
}
