using CaseReview.UseCases.Documents;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// Downloads one document for the staff pages (signed in with the staff cookie), as <see cref="GetCaseDocumentQuery"/>
/// allows and audits: an attachment under its safe name, with its detected media type and nosniff. A document the caller
/// may not see, or of another case, is "not found".
/// </summary>
public sealed class DocumentModel(IMediator mediator) : StaffPageModel
{
    public async Task<IActionResult> OnGetAsync(string reference, long id, CancellationToken ct)
    {
        var document = await mediator.Send(new GetCaseDocumentQuery(reference, id), ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Content, document.ContentType, document.FileName);
    }
}
