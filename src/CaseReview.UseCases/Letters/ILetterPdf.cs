namespace CaseReview.UseCases.Letters;

/// <summary>Draws a letter as an A4 PDF, the applicant's address placed for a window envelope (Infrastructure).</summary>
public interface ILetterPdf
{
    byte[] Render(Letter letter);
}
