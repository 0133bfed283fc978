using CaseReview.UseCases.Review;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// The panel pack, ready to print on A4, and the same pack as a PDF (<c>?handler=Pdf</c>): a door onto
/// <see cref="GetPanelPackQuery"/>, which decides who may see it and audits each pack made.
/// </summary>
public sealed class PanelPackModel(IMediator mediator, IPanelPackPdf pdf) : StaffPageModel
{
    public PanelPack? Pack { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        Pack = await mediator.Send(new GetPanelPackQuery(reference), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string reference, CancellationToken ct)
    {
        Pack = await mediator.Send(new GetPanelPackQuery(reference, Download: true), ct);
        return File(pdf.Render(Pack), "application/pdf", Pack.FileName);
    }
}
