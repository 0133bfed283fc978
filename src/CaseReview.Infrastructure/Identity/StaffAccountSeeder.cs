using CaseReview.UseCases.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CaseReview.Infrastructure.Identity;

/// <summary>Creates the roles and, from <c>Bootstrap:AdminEmail</c>/<c>Bootstrap:AdminPassword</c>, the first administrator.</summary>
public sealed class StaffAccountSeeder(RoleManager<IdentityRole> roles, UserManager<StaffUser> users, IConfiguration configuration, ILogger<StaffAccountSeeder> logger)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Bootstrap:AdminPassword does not meet the password policy: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
        logger.LogInformation("Created the first administrator account from the Bootstrap settings");
    }
}
