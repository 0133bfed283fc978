namespace CaseReview.Domain.Survey;

/// <summary>
/// The one invitation a closed case's applicant gets to the satisfaction survey. It knows its case (so a case is
/// invited, and answers, once) but holds only a hash of the survey code, and nothing of the answer: once used it says
/// only that it was used, not when, so it cannot be matched to an answer (see <see cref="SurveyResponse"/>).
/// </summary>
public sealed class SurveyInvitation
{
    private SurveyInvitation() { TokenHash = string.Empty; }

    public SurveyInvitation(Guid caseId, string tokenHash, int financialYear, DateTime expiresAtUtc)
    {
        Id = Guid.NewGuid();
        CaseId = caseId;
        TokenHash = tokenHash;
        FinancialYear = financialYear;
        ExpiresAt = expiresAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>SHA-256 of the survey code, in hex; the code itself is never stored.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The financial year (its first calendar year) in which the case closed: all an answer keeps of it.</summary>
    public int FinancialYear { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>True once answered. Deliberately no time: a time could be matched to the answer's row.</summary>
    public bool Answered { get; private set; }

    public bool IsOpen(DateTime utcNow) => !Answered && utcNow < ExpiresAt;

    /// <summary>Uses the invitation up and gives the anonymous answer, which holds no reference back to it.</summary>
    public SurveyResponse Answer(SurveyImprovement? improved, SurveyScale? keptInformed, SurveyScale? listenedTo, string? comments, DateTime utcNow)
    {
        if (Answered)
        {
            throw new InvalidOperationException("This survey has already been answered.");
        }

        if (utcNow >= ExpiresAt)
        {
            throw new InvalidOperationException("This survey has closed.");
        }

        Answered = true;
        return new SurveyResponse(FinancialYear, improved, keptInformed, listenedTo, comments);
    }
}
