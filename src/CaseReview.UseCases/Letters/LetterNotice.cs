namespace CaseReview.UseCases.Letters;

/// <summary>The notices an applicant receives that are also letters. The API names them in kebab case (<see cref="LetterNotices.Slug"/>).</summary>
public enum LetterNotice
{
    Acknowledgement,
    ThresholdDecision,
    MeetingInvitation,
    Outcome,
    AppealDecision,
    Closure,
}
