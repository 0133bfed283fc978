using CaseReview.UseCases.Documents;
using CaseReview.Web.Documents;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// A case's documents: the ones the caller may see (<see cref="ListCaseDocumentsQuery"/>), each to download, and for
/// officers to delete; and, when the case's permissions say so, a form to attach one (<see cref="AddCaseDocumentCommand"/>):
/// the file, what it is, and whether the panel may see it. A refused file is shown beside the field, nothing stored.
/// </summary>
public sealed class DocumentsModel(IMediator mediator, DocumentSettings settings) : CaseActionPageModel(mediator)
{
    public const string FileId = "file";

    /// <summary>The file (named Upload: a page model's File is its download method).</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public string? Description { get; set; }

    [BindProperty] public List<string> Shared { get; set; } = [];

    public IReadOnlyList<CaseDocumentView> Documents { get; private set; } = [];

    public DocumentSettings Limits => settings;

    protected override IReadOnlyList<FormField> Fields { get; } =
    [
        new("file", FileId),
        new("description", "description"),
        new("sharedWithPanel", "shared"),
    ];

    protected override Task OnLoadedAsync(CancellationToken ct) => LoadDocumentsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var upload = await DocumentUploads.ReadAsync(Upload, settings, ct);
        IActionResult result;
        try
        {
            result = await SendRequestAsync(new AddCaseDocumentCommand(Reference, upload, Description, Shared.Contains("true")), "Document added", ct);
        }
        catch (MalwareScannerUnavailableException)
        {
            Errors.Add(FileId, MalwareScannerUnavailableException.Words);
            ViewData["HasErrors"] = true;
            result = await LoadAsync(ct) ?? Page();
        }

        if (!NotAllowed && result is PageResult)
        {
            await LoadDocumentsAsync(ct);
        }

        return result;
    }

    private async Task LoadDocumentsAsync(CancellationToken ct) => Documents = await Mediator.Send(new ListCaseDocumentsQuery(Reference), ct);
}
