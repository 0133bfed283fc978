using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using FluentValidation;

namespace CaseReview.UseCases.Tests.Common;

public sealed class ValidationBehaviourTests
{
    [Fact]
    public async Task InvalidMessage_NeverReachesItsHandler()
    {
        var behaviour = new ValidationBehaviour<LogInCommand, StaffIdentity>([new LogInValidator()]);
        var handlerRan = false;

        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behaviour.Handle(new LogInCommand("", null), (_, _) =>
            {
                handlerRan = true;
                return ValueTask.FromResult(new StaffIdentity("u", "a@b.c", [], null));
            }, CancellationToken.None));

        Assert.False(handlerRan);
        Assert.Equal(["Email", "Password"], refused.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public async Task ValidMessage_IsHandled()
    {
        var behaviour = new ValidationBehaviour<LogInCommand, StaffIdentity>([new LogInValidator()]);

        var identity = await behaviour.Handle(new LogInCommand("a@b.c", "secret"), (_, _) => ValueTask.FromResult(new StaffIdentity("u", "a@b.c", [], null)), CancellationToken.None);

        Assert.Equal("u", identity.UserId);
    }
}
