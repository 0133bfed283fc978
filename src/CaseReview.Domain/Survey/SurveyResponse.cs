namespace CaseReview.Domain.Survey;

/// <summary>
/// One anonymous answer to the satisfaction survey. It holds no case, code, person or time: only the financial year the
/// case closed in (what the figures are counted by) and the answers. Every answer is optional.
/// </summary>
public sealed class SurveyResponse
{
    private SurveyResponse() { }

    internal SurveyResponse(int financialYear, SurveyImprovement? improved, SurveyScale? keptInformed, SurveyScale? listenedTo, string? comments)
    {
        Id = Guid.NewGuid();
        FinancialYear = financialYear;
        Improved = improved;
        KeptInformed = keptInformed;
        ListenedTo = listenedTo;
        Comments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
    }

    /// <summary>Random, so the order of the rows says nothing about when each was given.</summary>
    public Guid Id { get; private set; }
    public int FinancialYear { get; private set; }
    public SurveyImprovement? Improved { get; private set; }
    public SurveyScale? KeptInformed { get; private set; }
    public SurveyScale? ListenedTo { get; private set; }

    /// <summary>"Anything else", in the applicant's words; cleared by the retention schedule (the counts stay).</summary>
    public string? Comments { get; private set; }

    public void ClearComments() => Comments = null;
}
