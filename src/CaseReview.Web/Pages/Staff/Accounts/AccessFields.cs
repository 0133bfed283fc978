using CaseReview.UseCases.Agencies;
using CaseReview.Web.Forms;
using Mediator;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>The agencies an account can belong to: the active ones (the use case refuses any other).</summary>
public static class AccessFields
{
    public static async Task<IReadOnlyList<Choice>> AgencyChoicesAsync(IMediator mediator, string? current, CancellationToken ct)
    {
        var agencies = await mediator.Send(new ListAgenciesQuery(), ct);
        return [.. agencies.Where(a => a.Active || a.Name == current).Select(a => new Choice(a.Name, a.Name))];
    }

    public const string AgencyHint = "Panel members and chairs must belong to an agency: they see only the cases whose panel includes it. Leave this empty for administrators, case officers and appeal reviewers.";
}
