using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Documents;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Tracking;

/// <summary>
/// The applicant sends a document (a noise diary, photos, a letter) with their tracking code while the case is before
/// the panel (review pending or held), with the same checks and limits as staff uploads. It is for the panel: every
/// agency on it sees it. A request, not a command, as <see cref="AddCaseDocumentCommand"/>.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record AddDocumentByTrackingCodeCommand(string TrackingCode, DocumentUpload? File, string? Description) : IRequest<TrackingDocument>, ITrackingCommand;

public sealed class AddDocumentByTrackingCodeValidator : AbstractValidator<AddDocumentByTrackingCodeCommand>
{
    public AddDocumentByTrackingCodeValidator(DocumentSettings settings) => this.AddUploadRules(x => x.File, x => x.Description, settings);
}

public sealed class AddDocumentByTrackingCodeHandler(ICaseReviewDb db, DocumentIntake intake) : IRequestHandler<AddDocumentByTrackingCodeCommand, TrackingDocument>
{
    public const string NotNow = "You can send documents while your case is with the panel. Contact us if you need to send us something now.";

    public async ValueTask<TrackingDocument> Handle(AddDocumentByTrackingCodeCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.TrackingCode == command.TrackingCode, cancellationToken)
            ?? throw new NotFoundException("We could not find an application with that tracking code.");
        if (!application.MayApplicantAddDocuments)
        {
            throw new CaseStateException(application.Status, NotNow);
        }

        var document = await intake.StoreAsync(application.Id, application.Reference, command.File!, command.Description, sharedWithPanel: true, agencyId: null,
            Actor.Applicant, cancellationToken);
        return new TrackingDocument(document.FileName, document.Size, document.UploadedAt);
    }
}
