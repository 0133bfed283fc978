using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Tests.Common;

/// <summary>
/// A restriction of processing (UK GDPR Article 18) is enforced in one place, <see cref="ProcessingRestrictionBehaviour{TMessage, TResponse}"/>,
/// which sees only the commands that say which case they process (<see cref="IProcessesCase"/>). A new command that names
/// a case (by its reference or its tracking code) without saying so would act on a restricted case: it fails here instead.
/// </summary>
public sealed class EveryCaseCommandHonoursARestrictionTests
{
    // Records that the acknowledgement went: the sender holds every email of a restricted case until it is lifted, so
    // this follows a send that was allowed.
    private static readonly string[] Exempt = [nameof(Email.RecordAcknowledgementCommand)];

    [Fact]
    public void EveryCommandThatNamesACase_DeclaresTheCaseItProcesses()
    {
        var commands = typeof(CaseAccess).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(i => i == typeof(IBaseCommand)))
            .ToList();
        var namingACase = commands.Where(t => t.GetProperty("Reference") is not null || t.GetProperty("TrackingCode") is not null).ToList();

        Assert.True(namingACase.Count > 20, $"Found only {namingACase.Count} commands that name a case");
        Assert.Empty(namingACase.Where(t => !typeof(IProcessesCase).IsAssignableFrom(t) && !Exempt.Contains(t.Name)).Select(t => t.Name));
    }
}
