using CaseReview.Domain.Applications;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Retention;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Restrict processing of the case (UK GDPR Article 18) on a ground with a reason, <see cref="RestrictProcessingCommand"/>;
/// or, once restricted, lift the restriction with a reason, <see cref="LiftRestrictionCommand"/>. Administrators only.
/// </summary>
public sealed class RestrictionModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? Ground { get; set; }

    [BindProperty] public string? Reason { get; set; }

    /// <summary>The four grounds of Article 18(1), in its order.</summary>
    public static IReadOnlyList<Choice> GroundChoices { get; } =
    [
        new("accuracy-contested", "The person contests the accuracy of the data", "While the council checks it. Article 18(1)(a)."),
        new("unlawful-processing", "The processing is unlawful", "The person asked for restriction instead of erasure. Article 18(1)(b)."),
        new("legal-claims", "The person needs the data for legal claims", "The council no longer needs it, but it must be kept for them. Article 18(1)(c)."),
        new("objection-pending", "The person objected to the processing", "While the council checks whether its grounds override theirs. Article 18(1)(d)."),
    ];

    protected override bool CaseworkersOnly => true;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("ground", "ground"), new("reason", "reason")];

    protected override string? NotNow() =>
        !User.IsInRole(Roles.Administrator) ? "Only administrators can restrict processing of a case or lift a restriction."
        : Case.AnonymisedAt is not null ? "This case has been anonymised: no personal data is left to restrict."
        : null;

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new RestrictProcessingCommand(Ground, Reason, Version) { Reference = Reference }, "Processing restricted. The applicant will be told", ct);

    public Task<IActionResult> OnPostLiftAsync(CancellationToken ct) =>
        SendAsync(new LiftRestrictionCommand(Reason, Version) { Reference = Reference }, "Restriction lifted. The applicant will be told", ct);

    /// <summary>The ground's words for the page.</summary>
    public static string GroundText(string ground) => RestrictionGrounds.Parse(ground) is { } g ? RestrictionGrounds.Words(g) : ground;
}
