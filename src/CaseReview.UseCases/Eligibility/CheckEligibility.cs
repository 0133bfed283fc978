using CaseReview.Domain.Threshold;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Eligibility;

/// <summary>"Would my application meet the threshold?" The local policy's verdict and its reasons; nothing is stored.</summary>
[Callers(Callers.Anyone)]
public sealed record CheckEligibilityQuery(IReadOnlyList<ComplaintInput>? Complaints, bool? HateMotivated, DateOnly? ApplicationDate) : IQuery<EligibilityResult>;

public sealed record EligibilityResult(
    bool Met,
    ThresholdRule Rule,
    string Reason,
    int QualifyingIncidents,
    int Required,
    IReadOnlyList<ComplaintAssessment> Complaints);

public sealed class CheckEligibilityValidator : AbstractValidator<CheckEligibilityQuery>
{
    public CheckEligibilityValidator(TimeProvider clock)
    {
        RuleFor(x => x.Complaints).NotNull().WithMessage("Add the complaints you made")
            .Must(c => c is null || c.Count <= SubmitApplicationValidator.MaxComplaints)
            .WithMessage($"Add no more than {SubmitApplicationValidator.MaxComplaints} complaints");
        RuleForEach(x => x.Complaints).NotNull().SetValidator(new ComplaintInputValidator(clock))
            .When(x => x.Complaints is not { Count: > SubmitApplicationValidator.MaxComplaints });
    }
}

public sealed class CheckEligibilityHandler(ThresholdPolicy policy, TimeProvider clock) : IQueryHandler<CheckEligibilityQuery, EligibilityResult>
{
    public ValueTask<EligibilityResult> Handle(CheckEligibilityQuery query, CancellationToken cancellationToken)
    {
        var applicationDate = query.ApplicationDate ?? Domain.Calendar.WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime);
        var facts = query.Complaints!.Select(c => new ComplaintFact(c.IncidentDate!.Value, c.ReportedDate!.Value, c.Agency!, c.AgencyReference)).ToList();
        var verdict = policy.Evaluate(new ThresholdInput(applicationDate, facts, query.HateMotivated ?? false));
        return ValueTask.FromResult(new EligibilityResult(
            verdict.Met, verdict.Rule, verdict.Reason, verdict.QualifyingIncidents, policy.Settings.QualifyingComplaintsRequired, verdict.Complaints));
    }
}
