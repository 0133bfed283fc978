using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Guidance;

/// <summary>What a resident needs to know before applying: the local threshold and how long each step takes, from settings.</summary>
[Callers(Callers.Anyone)]
public sealed record GetApplyingGuideQuery : IQuery<ApplyingGuide>;

public sealed record ApplyingGuide(ThresholdSettings Threshold, Timescales Timescales);

public sealed class GetApplyingGuideHandler(ThresholdSettings threshold, Timescales timescales) : IQueryHandler<GetApplyingGuideQuery, ApplyingGuide>
{
    public ValueTask<ApplyingGuide> Handle(GetApplyingGuideQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ApplyingGuide(threshold, timescales));
}
