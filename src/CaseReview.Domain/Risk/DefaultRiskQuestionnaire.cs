namespace CaseReview.Domain.Risk;

/// <summary>
/// The built-in risk assessment, used when the council sets no questions of its own. Modelled on the victim risk
/// assessment matrices police forces and councils use for ASB (repeat targeting, hate, health and disability,
/// isolation, effect on daily life, fear, children in the home, escalation, thoughts of moving or self-harm). A
/// threat to life and thoughts of self-harm or suicide are critical: either makes the risk high whatever the total.
/// </summary>
public static class DefaultRiskQuestionnaire
{
    public const string Version = "built-in-1";

    /// <summary>Totals (36 at most): 10 or more is medium, 20 or more high.</summary>
    public const int MediumFrom = 10;

    public const int HighFrom = 20;

    public static RiskQuestionnaire Build() => new(Version, MediumFrom, HighFrom,
    [
        Q("repeat-targeting", "Is the victim being targeted again and again?", "By the same people, or at the same place",
            O("no", "No, it has happened once", 0), O("sometimes", "Yes, a few times", 2), O("often", "Yes, often (every week or more)", 3)),
        Q("hate", "Do they think they are targeted because of who they are?", "Race, religion, disability, sexual orientation, transgender identity, or another part of who they are",
            O("no", "No", 0), O("not-sure", "Not sure", 1), O("yes", "Yes", 3)),
        Q("health", "Do they have a disability, or a physical or mental health condition?", null,
            O("no", "No", 0), O("yes", "Yes", 1), O("yes-worse", "Yes, and the ASB is making it worse", 3)),
        Q("mental-wellbeing", "Has the ASB affected how they feel (anxious, low, stressed, not coping)?", null,
            O("no", "No", 0), O("a-little", "A little", 1), O("a-lot", "A lot", 3)),
        Q("isolation", "Do they have people to support them?", "Family, friends, neighbours or a support worker",
            O("yes", "Yes, good support", 0), O("some", "Some support", 1), O("none", "No one", 3)),
        Q("daily-life", "Has the ASB changed their daily life?", "Sleep, work, school, going out, having visitors",
            O("no", "Not at all", 0), O("some", "Some changes", 1), O("a-lot", "A lot", 2), O("cannot-cope", "They cannot carry on as normal", 3)),
        Q("fear-at-home", "Do they feel safe in their own home?", null,
            O("yes", "Yes", 0), O("sometimes", "Not always", 2), O("no", "No", 3)),
        Q("children", "Do children or young people live in the home and feel the effects of the ASB?", null,
            O("no", "No", 0), O("yes", "Yes", 2)),
        Q("getting-worse", "Is the ASB getting worse (more often or more serious)?", null,
            O("no", "No", 0), O("not-sure", "Not sure", 1), O("yes", "Yes", 2)),
        Q("previous-reports", "How many times have they reported ASB to any agency in the last 12 months?", null,
            O("once", "Once or not at all", 0), O("two-to-four", "2 to 4 times", 1), O("five-or-more", "5 times or more", 2)),
        Q("threats", "Have they been threatened, or their home or things damaged?", null,
            O("no", "No", 0), O("damage", "Their home or things were damaged", 2), O("threatened", "They were threatened with violence", 3),
            O("threat-to-life", "Someone threatened to kill them or a member of their family", 3, critical: true)),
        Q("moving", "Have they thought about moving home because of the ASB?", null,
            O("no", "No", 0), O("yes", "Yes", 2)),
        Q("self-harm", "Have they said they have thought about harming themselves or ending their life?", "If yes, act now: follow your safeguarding procedure",
            O("no", "No", 0), O("yes", "Yes", 3, critical: true)),
        Q("other-vulnerability", "Are they vulnerable in another way?", "For example older age, caring for someone, little English, alcohol or drug use, domestic abuse",
            O("no", "No", 0), O("yes", "Yes", 2)),
    ]);

    private static RiskQuestion Q(string id, string text, string? hint, params RiskOption[] options) => new(id, text, hint, options);

    private static RiskOption O(string id, string text, int score, bool critical = false) => new(id, text, score, critical);
}
