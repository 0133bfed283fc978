using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Identity;

internal sealed class StaffDirectory(UserManager<StaffUser> users) : IStaffDirectory
{
    public async Task<IReadOnlyList<string>> PanelMemberEmailsAsync(IReadOnlyCollection<int> agencies, CancellationToken cancellationToken)
    {
        var members = (await users.GetUsersInRoleAsync(Roles.PanelMember)).Concat(await users.GetUsersInRoleAsync(Roles.Chair));
        return [.. members.Where(u => !u.Disabled && u.Email is not null && u.AgencyId is { } agency && agencies.Contains(agency))
            .Select(u => u.Email!).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<string>> AdministratorEmailsAsync(CancellationToken cancellationToken) =>
        [.. (await users.GetUsersInRoleAsync(Roles.Administrator)).Where(u => !u.Disabled && u.Email is not null).Select(u => u.Email!)];

    public async Task<string?> EmailOfAsync(string userId, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.Id == userId && !u.Disabled).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);

    public async Task<StaffIdentity?> FindCaseworkerAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.Disabled)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Contains(Roles.CaseOfficer) || roles.Contains(Roles.Administrator) ? new StaffIdentity(user.Id, user.Email!, [.. roles], user.AgencyId) : null;
    }
}
