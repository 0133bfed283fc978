using System.Text.Json;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Risk;

/// <summary>
/// One victim risk and vulnerability assessment of a case. Assessments are never changed: a reassessment is a new one,
/// and the latest is the case's current level. The officer may raise the level the answers give (professional
/// judgement), with a reason, but never lower it. The retention schedule (or an erasure) removes the answers and the
/// reason; the score, the levels and the dates stay.
/// </summary>
public sealed class RiskAssessment
{
    /// <summary>The longest reason for raising the level.</summary>
    public const int ReasonLength = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private RiskAssessment() { QuestionnaireVersion = string.Empty; AnswersJson = "[]"; AssessedById = string.Empty; AssessedByName = string.Empty; }

    private RiskAssessment(Guid applicationId, string version, RiskScore score, RiskLevel level, string? raiseReason, Actor assessor, DateTime assessedAtUtc)
    {
        ApplicationId = applicationId;
        QuestionnaireVersion = version;
        AnswersJson = JsonSerializer.Serialize(score.Answers, Json);
        Score = score.Score;
        ComputedLevel = score.Level;
        Level = level;
        RaiseReason = raiseReason;
        AssessedById = assessor.Id;
        AssessedByName = assessor.DisplayName;
        AssessedAt = assessedAtUtc;
    }

    /// <summary>
    /// Scores the answers and records the assessment. <paramref name="raiseTo"/>, when given, must be above the level the
    /// answers give, with a reason; the same level or lower is refused (on <c>raiseTo</c>), as is a raise without a reason.
    /// </summary>
    public static RiskAssessment Record(Guid applicationId, RiskQuestionnaire questionnaire, IReadOnlyDictionary<string, string?> answers,
        RiskLevel? raiseTo, string? raiseReason, Actor assessor, DateTime assessedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(assessor);
        var score = questionnaire.Score(answers);
        if (raiseTo is { } raised)
        {
            if (raised <= score.Level)
            {
                throw new CaseRuleException("raiseTo", RaiseNotHigher(score.Level));
            }

            if (string.IsNullOrWhiteSpace(raiseReason))
            {
                throw new CaseRuleException("raiseReason", ReasonNeeded);
            }
        }

        return new RiskAssessment(applicationId, questionnaire.Version, score, raiseTo ?? score.Level,
            raiseTo is null ? null : raiseReason!.Trim(), assessor, assessedAtUtc);
    }

    /// <summary>The refusal of a raise to the level the answers already give, or lower.</summary>
    public static string RaiseNotHigher(RiskLevel computed) => computed == RiskLevel.High
        ? "The answers already make the risk high, so it cannot be raised"
        : $"Choose a level above {computed.ToString().ToLowerInvariant()}, the level the answers give, or do not raise it";

    public const string ReasonNeeded = "Say why you are raising the risk level";

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The questionnaire's version when it was answered.</summary>
    public string QuestionnaireVersion { get; private set; }

    /// <summary>The answers with their questions' words at the time, as JSON; empty once anonymised.</summary>
    public string AnswersJson { get; private set; }

    /// <summary>The total of the answers' scores.</summary>
    public int Score { get; private set; }

    /// <summary>The level the answers give (the total, or a critical answer).</summary>
    public RiskLevel ComputedLevel { get; private set; }

    /// <summary>The level: the computed one, or higher when the officer raised it.</summary>
    public RiskLevel Level { get; private set; }

    /// <summary>Why the officer raised the level (professional judgement); null when not raised.</summary>
    public string? RaiseReason { get; private set; }

    public bool Raised => Level != ComputedLevel;

    public string AssessedById { get; private set; }

    public string AssessedByName { get; private set; }

    public DateTime AssessedAt { get; private set; }

    /// <summary>The answers as given (none once anonymised).</summary>
    public IReadOnlyList<RiskAnswer> Answers() => JsonSerializer.Deserialize<List<RiskAnswer>>(AnswersJson, Json) ?? [];

    /// <summary>With its case: the answers (health and vulnerability) and the reason go; the total, the levels and the dates stay.</summary>
    public void Anonymise()
    {
        AnswersJson = "[]";
        RaiseReason = RaiseReason is null ? null : CaseApplication.AnonymisedText;
    }
}
