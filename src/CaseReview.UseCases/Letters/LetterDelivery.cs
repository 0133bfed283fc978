namespace CaseReview.UseCases.Letters;

/// <summary>How a letter reaches an applicant who did not ask for email: posted, or read out in a phone call.</summary>
public enum LetterDelivery
{
    Post,
    Phone,
}
