namespace CaseReview.Domain.Risk;

/// <summary>
/// The victim risk and vulnerability assessment: questions, each answer's score, and the totals from which the risk is
/// medium and high. A critical answer makes it high whatever the total. The council sets it (settings section
/// <c>RiskAssessment</c>); <see cref="DefaultRiskQuestionnaire"/> is the built-in one.
/// </summary>
public sealed class RiskQuestionnaire
{
    /// <summary>The longest id of a question or an answer.</summary>
    public const int IdLength = 50;

    /// <summary>The longest version label.</summary>
    public const int VersionLength = 50;

    public RiskQuestionnaire(string version, int mediumFrom, int highFrom, IReadOnlyList<RiskQuestion> questions)
    {
        Version = version;
        MediumFrom = mediumFrom;
        HighFrom = highFrom;
        Questions = questions;
    }

    /// <summary>Kept with each assessment, so it is known which questions it answered.</summary>
    public string Version { get; }

    /// <summary>A total from this makes the risk medium.</summary>
    public int MediumFrom { get; }

    /// <summary>A total from this makes the risk high.</summary>
    public int HighFrom { get; }

    public IReadOnlyList<RiskQuestion> Questions { get; }

    /// <summary>The highest total the answers can give.</summary>
    public int MaxScore => Questions.Sum(q => q.Options.Count == 0 ? 0 : q.Options.Max(o => o.Score));

    public RiskQuestion? Question(string? id) => Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));

    /// <summary>The level a total gives, before critical answers and the officer's judgement.</summary>
    public RiskLevel LevelFor(int score) => score >= HighFrom ? RiskLevel.High : score >= MediumFrom ? RiskLevel.Medium : RiskLevel.Low;

    /// <summary>Scores one answer to every question (question id to answer id). Call <see cref="Unanswered"/> and <see cref="Unknown"/> first.</summary>
    public RiskScore Score(IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var given = Questions.Select(q =>
        {
            var option = (answers.TryGetValue(q.Id, out var id) ? q.Option(id) : null)
                ?? throw new ArgumentException($"Question '{q.Id}' has no valid answer.", nameof(answers));
            return new RiskAnswer(q.Id, q.Text, option.Id, option.Text, option.Score, option.Critical);
        }).ToList();
        var extra = answers.Keys.FirstOrDefault(k => Question(k) is null);
        if (extra is not null)
        {
            throw new ArgumentException($"There is no question '{extra}'.", nameof(answers));
        }

        var total = given.Sum(a => a.Score);
        var level = given.Any(a => a.Critical) ? RiskLevel.High : LevelFor(total);
        return new RiskScore(total, level, given);
    }

    /// <summary>The questions without an answer among <paramref name="answers"/>.</summary>
    public IEnumerable<RiskQuestion> Unanswered(IReadOnlyDictionary<string, string?> answers) =>
        Questions.Where(q => !answers.TryGetValue(q.Id, out var id) || string.IsNullOrWhiteSpace(id));

    /// <summary>Answers naming a question that does not exist, or an answer its question does not have.</summary>
    public IEnumerable<string> Unknown(IReadOnlyDictionary<string, string?> answers) =>
        answers.Where(a => !string.IsNullOrWhiteSpace(a.Value) && Question(a.Key)?.Option(a.Value) is null).Select(a => a.Key);

    /// <summary>What is wrong with the questionnaire, in words naming the setting; empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Version) || Version.Length > VersionLength)
        {
            problems.Add($"Version: give a label of up to {VersionLength} characters (kept with each assessment)");
        }

        if (Questions.Count == 0)
        {
            problems.Add("Questions: give at least one question");
        }

        foreach (var (q, i) in Questions.Select((q, i) => (q, i)))
        {
            var at = $"Questions:{i}";
            if (!IsId(q.Id))
            {
                problems.Add($"{at}:Id: give an id of letters, digits and hyphens, up to {IdLength} characters");
            }

            if (string.IsNullOrWhiteSpace(q.Text))
            {
                problems.Add($"{at}:Text: give the question's words");
            }

            if (q.Options.Count < 2)
            {
                problems.Add($"{at}:Options: give at least two answers");
            }

            foreach (var (o, j) in q.Options.Select((o, j) => (o, j)))
            {
                if (!IsId(o.Id))
                {
                    problems.Add($"{at}:Options:{j}:Id: give an id of letters, digits and hyphens, up to {IdLength} characters");
                }

                if (string.IsNullOrWhiteSpace(o.Text))
                {
                    problems.Add($"{at}:Options:{j}:Text: give the answer's words");
                }

                if (o.Score is < 0 or > 100)
                {
                    problems.Add($"{at}:Options:{j}:Score: give a score from 0 to 100");
                }
            }

            if (q.Options.GroupBy(o => o.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                problems.Add($"{at}:Options: the answer id '{twice.Key}' is used twice");
            }
        }

        if (Questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } same)
        {
            problems.Add($"Questions: the question id '{same.Key}' is used twice");
        }

        if (MediumFrom < 1)
        {
            problems.Add("MediumFrom: give a total of 1 or more");
        }

        if (HighFrom <= MediumFrom)
        {
            problems.Add("HighFrom: give a total above MediumFrom");
        }
        else if (Questions.Count > 0 && HighFrom > MaxScore && !Questions.Any(q => q.Options.Any(o => o.Critical)))
        {
            problems.Add($"HighFrom: no answers add up to {HighFrom} (the most is {MaxScore}) and none is critical, so no one could be assessed as high risk");
        }

        return problems;
    }

    private static bool IsId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= IdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
