namespace CaseReview.UseCases.Review;

/// <summary>Draws the panel pack as an A4 PDF (Infrastructure).</summary>
public interface IPanelPackPdf
{
    byte[] Render(PanelPack pack);
}
