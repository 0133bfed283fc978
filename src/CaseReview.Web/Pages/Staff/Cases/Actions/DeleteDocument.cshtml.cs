using CaseReview.UseCases.Documents;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// An officer deletes a document (<see cref="DeleteCaseDocumentCommand"/>) after seeing which one and being told it
/// cannot be undone. Panel members and chairs are told the page is not for them.
/// </summary>
public sealed class DeleteDocumentModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [FromRoute] public long Id { get; set; }

    public CaseDocumentView? Document { get; private set; }

    protected override IReadOnlyList<FormField> Fields { get; } = [];

    protected override bool CaseworkersOnly => true;

    protected override async Task OnLoadedAsync(CancellationToken ct) => Document = await Mediator.Send(new GetCaseDocumentDetailsQuery(Reference, Id), ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SendAsync(new DeleteCaseDocumentCommand(Reference, Id), "Document deleted", ct);
}
