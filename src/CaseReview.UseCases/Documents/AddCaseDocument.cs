using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// Staff attach a file to a case (<c>POST /api/cases/{reference}/documents</c>): officers to any case that still holds
/// its data; a panel member or chair for their own agency's response while it may respond (the document is then their
/// agency's). <see cref="SharedWithPanel"/> lets every agency on the panel see it. A request, not a command: a file found
/// harmful is refused with its audit line kept, so the handler runs its own transaction (<see cref="DocumentIntake"/>).
/// </summary>
[Callers(Callers.Staff, "add documents to cases")]
public sealed record AddCaseDocumentCommand(string Reference, DocumentUpload? File, string? Description, bool SharedWithPanel) : IRequest<CaseDocumentView>, ICaseCommand;

public sealed class AddCaseDocumentValidator : AbstractValidator<AddCaseDocumentCommand>
{
    public AddCaseDocumentValidator(DocumentSettings settings) => this.AddUploadRules(x => x.File, x => x.Description, settings);
}

public sealed class AddCaseDocumentHandler(CaseAccess access, DocumentIntake intake, ICurrentUser user) : IRequestHandler<AddCaseDocumentCommand, CaseDocumentView>
{
    public async ValueTask<CaseDocumentView> Handle(AddCaseDocumentCommand command, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(command.Reference, cancellationToken);
        if (!access.MayAddDocuments(application))
        {
            if (!user.IsCaseworker() && (user.AgencyId is not { } agency || !application.HasOnPanel(agency)))
            {
                throw new ForbiddenException("Only case officers, and the agencies on the panel for their own response, add documents to a case.");
            }

            throw new CaseStateException(application.Status, application.IsAnonymised
                ? "This case's personal data was removed under the retention schedule: documents can no longer be added."
                : $"The agencies on the panel add documents from the scheduling of the review until the outcome is sent, not while the case is {application.Status}.");
        }

        var agencyId = user.IsCaseworker() ? null : user.AgencyId;
        var document = await intake.StoreAsync(application.Id, application.Reference, command.File!, command.Description, command.SharedWithPanel, agencyId,
            user.ToActor(), cancellationToken);
        return DocumentViews.Of(document, access.Agencies, access);
    }
}
