namespace CaseReview.UseCases.Letters;

/// <summary>How the notices are named in addresses (<c>threshold-decision</c>) and in words, and which email each one shadows.</summary>
public static class LetterNotices
{
    private static readonly Dictionary<LetterNotice, string> Slugs = new()
    {
        [LetterNotice.Acknowledgement] = "acknowledgement",
        [LetterNotice.ThresholdDecision] = "threshold-decision",
        [LetterNotice.MeetingInvitation] = "meeting-invitation",
        [LetterNotice.Outcome] = "outcome",
        [LetterNotice.AppealDecision] = "appeal-decision",
        [LetterNotice.Closure] = "closure",
    };

    /// <summary>Every notice's name as the API takes it, in the order a case meets them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Slugs.Values];

    public static string Slug(LetterNotice notice) => Slugs[notice];

    /// <summary>The notice named <paramref name="slug"/> (exactly, in lower case), or null.</summary>
    public static LetterNotice? FromSlug(string? slug) =>
        Slugs.FirstOrDefault(s => string.Equals(s.Value, slug, StringComparison.Ordinal)) is { Value: not null } found ? found.Key : null;

    /// <summary>The notice in words, as staff see it in lists: "threshold decision letter".</summary>
    public static string Words(LetterNotice notice) => notice switch
    {
        LetterNotice.Acknowledgement => "acknowledgement",
        LetterNotice.ThresholdDecision => "threshold decision",
        LetterNotice.MeetingInvitation => "meeting invitation",
        LetterNotice.Outcome => "outcome and action plan",
        LetterNotice.AppealDecision => "appeal decision",
        LetterNotice.Closure => "closure",
        _ => notice.ToString(),
    };

    /// <summary>
    /// The notice an applicant's email template stands for: when the applicant asked for post or phone, the letter (or
    /// call) is due exactly when that email would have been queued. Null for emails that have no letter.
    /// </summary>
    public static LetterNotice? ForEmailTemplate(string template) => template switch
    {
        "acknowledgement" => LetterNotice.Acknowledgement,
        "threshold-met" or "threshold-not-met" => LetterNotice.ThresholdDecision,
        "review-invitation" => LetterNotice.MeetingInvitation,
        "outcome" => LetterNotice.Outcome,
        "appeal-upheld" or "appeal-not-upheld" => LetterNotice.AppealDecision,
        "application-withdrawn" or "case-closed" => LetterNotice.Closure,
        _ => null,
    };
}
