namespace CaseReview.UseCases.SubjectAccess;

/// <summary>Draws a subject access export as an A4 PDF bundle (Infrastructure), with the search it answers on its cover.</summary>
public interface ISubjectAccessPdf
{
    byte[] Render(SubjectAccessExport export, ExportSubjectAccessQuery search);
}
