using System.ComponentModel.DataAnnotations;

namespace CaseReview.UseCases.Survey;

/// <summary>The satisfaction survey sent when a case closes (settings under <c>Survey</c>).</summary>
public sealed record SurveySettings
{
    /// <summary>How many days after the case closes the applicant may answer (default 60).</summary>
    [Range(1, 366)]
    public int ResponseDays { get; init; } = 60;
}
