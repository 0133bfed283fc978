using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Moq;

namespace CaseReview.UseCases.Tests.Cases;

/// <summary>Which roles may take which workflow action (visibility is checked against a real database in the integration tests).</summary>
public sealed class CaseAccessTests
{
    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.CaseOfficer)]
    public void Caseworkers_MayTakeEveryAction_ButDecideAnAppeal(string role)
    {
        var access = new CaseAccess(Mock.Of<ICaseReviewDb>(), User(role, null));

        foreach (var action in Enum.GetValues<CaseAction>().Where(a => a != CaseAction.AppealDecision))
        {
            access.Demand(action, Workflow.CaseOnPanel("Police"));
        }

        var refused = Assert.Throws<ForbiddenException>(() => access.Demand(CaseAction.AppealDecision, Workflow.CaseOnPanel("Police")));
        Assert.Contains("Only an appeal reviewer decides an appeal", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppealReviewer_MayDecideAnAppeal_AndTakeNoOtherAction()
    {
        var access = new CaseAccess(Mock.Of<ICaseReviewDb>(), User(Roles.AppealReviewer, null));

        access.Demand(CaseAction.AppealDecision, Workflow.CaseOnPanel("Police"));
        foreach (var action in Enum.GetValues<CaseAction>().Where(a => a != CaseAction.AppealDecision))
        {
            Assert.Throws<ForbiddenException>(() => access.Demand(action, Workflow.CaseOnPanel("Police")));
        }
    }

    [Fact]
    public void ChairOnThePanel_MayRecordTheReview_ButNothingElse()
    {
        var access = new CaseAccess(Mock.Of<ICaseReviewDb>(), User(Roles.Chair, "Police"));
        var onPanel = Workflow.CaseOnPanel("Police");

        access.Demand(CaseAction.RecordReview, onPanel);
        Assert.Throws<ForbiddenException>(() => access.Demand(CaseAction.SendOutcome, onPanel));
        Assert.Throws<ForbiddenException>(() => access.Demand(CaseAction.Close, onPanel));
    }

    [Fact]
    public void ChairOfAnotherAgency_MayNotRecordTheReview()
    {
        var access = new CaseAccess(Mock.Of<ICaseReviewDb>(), User(Roles.Chair, "Council"));

        Assert.Throws<ForbiddenException>(() => access.Demand(CaseAction.RecordReview, Workflow.CaseOnPanel("Police")));
    }

    [Fact]
    public void PanelMember_MayTakeNoWorkflowAction()
    {
        var access = new CaseAccess(Mock.Of<ICaseReviewDb>(), User(Roles.PanelMember, "Police"));

        foreach (var action in Enum.GetValues<CaseAction>())
        {
            Assert.Throws<ForbiddenException>(() => access.Demand(action, Workflow.CaseOnPanel("Police")));
        }
    }

    [Fact]
    public void SignedInWithoutAStaffRole_SeesNoCases()
    {
        var access = new CaseAccess(Mock.Of<ICaseReviewDb>(), User("Visitor", null));

        Assert.Throws<ForbiddenException>(() => access.Visible());
    }

    private static ICurrentUser User(string role, string? agency)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.IsAuthenticated).Returns(true);
        user.SetupGet(u => u.UserId).Returns("user-1");
        user.SetupGet(u => u.AgencyId).Returns(Workflow.Agencies.Find(agency)?.Id);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns<string>(r => r == role);
        return user.Object;
    }
}
