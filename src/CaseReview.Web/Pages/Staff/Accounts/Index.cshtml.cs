using CaseReview.UseCases.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>Every staff account (<see cref="ListStaffUsersQuery"/>, administrators only).</summary>
public sealed class IndexModel(IMediator mediator) : AdministrationPageModel
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Accounts = [.. (await mediator.Send(new ListStaffUsersQuery(), ct)).OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase)];
        TakeDone();
        return Page();
    }
}
