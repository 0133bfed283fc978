using System.Reflection;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Moq;

namespace CaseReview.UseCases.Tests.Common;

/// <summary>
/// Issue 12, finding 10: <see cref="AuthorizationBehaviour{TMessage, TResponse}"/> checks who may send a request before
/// its validation reads anything, so every request must say who that is; a new one without it fails here, not in use.
/// </summary>
public sealed class EveryRequestSaysWhoMaySendItTests
{
    [Fact]
    public void EveryRequest_CarriesACallersAttribute()
    {
        var requests = typeof(CaseAccess).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToList();

        Assert.True(requests.Count > 40, $"Found only {requests.Count} requests");
        Assert.Empty(requests.Where(t => t.GetCustomAttribute<CallersAttribute>() is null).Select(t => t.Name));
    }

    [Theory]
    [InlineData(Callers.Administrators, "CaseOfficer", false)]
    [InlineData(Callers.Administrators, "Administrator", true)]
    [InlineData(Callers.Caseworkers, "PanelMember", false)]
    [InlineData(Callers.Caseworkers, "CaseOfficer", true)]
    [InlineData(Callers.Staff, null, false)]
    [InlineData(Callers.Staff, "Chair", true)]
    [InlineData(Callers.Staff, "AppealReviewer", true)]
    [InlineData(Callers.Caseworkers, "AppealReviewer", false)]
    [InlineData(Callers.AppealReviewers, "AppealReviewer", true)]
    [InlineData(Callers.AppealReviewers, "Administrator", false)]
    [InlineData(Callers.AppealReviewers, "CaseOfficer", false)]
    [InlineData(Callers.Anyone, null, true)]
    [InlineData(Callers.BackgroundJobs, "Administrator", false)]
    public void TheRule_AdmitsOnlyItsCallers(Callers callers, string? role, bool admitted)
    {
        var user = new Mock<ICurrentUser>();
        user.Setup(u => u.IsAuthenticated).Returns(role is not null);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns((string r) => r == role);
        var rule = new CallersAttribute(callers, "do this");

        var refused = Record.Exception(() => rule.Demand(user.Object));

        Assert.Equal(admitted, refused is null);
        if (!admitted)
        {
            Assert.IsType<ForbiddenException>(refused);
        }
    }
}
