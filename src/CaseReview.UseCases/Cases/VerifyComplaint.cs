using System.Text.Json.Serialization;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// An officer confirms a complaint against the agency's own records. Not a workflow step: it is allowed while
/// the threshold is still to be decided.
/// </summary>
[Callers(Callers.Caseworkers, "verify complaints")]
public sealed record VerifyComplaintCommand(int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    [JsonIgnore]
    public int ComplaintId { get; init; }
}

public sealed class VerifyComplaintHandler(CaseActionRunner runner) : ICommandHandler<VerifyComplaintCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(VerifyComplaintCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(
            command,
            CaseChange.Edit(
                "case.complaint-verified", (c, ctx) => c.VerifyComplaint(command.ComplaintId, ctx)),
            cancellationToken);
}
