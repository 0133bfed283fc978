using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

public sealed class ProblemModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    private static readonly FormField[] Fields =
    [
        new("location", "location"),
        new("description", "description"),
        new("problemStartedOn", "problemStartedOn", IsDate: true),
        new("asbType", "asbType"),
        new("issueTypes", "issueTypes"),
    ];

    public static readonly IReadOnlyList<Choice> AsbTypes =
    [
        new("Personal", "It is aimed at me or at someone in particular", "For example, threats, being picked on or scared"),
        new("Nuisance", "It causes trouble for people living nearby", "For example, noise, rowdy behaviour, or nuisance cars and bikes"),
        new("Environmental", "It damages the area", "For example, graffiti, litter or fly-tipping"),
    ];

    public static readonly IReadOnlyList<Choice> IssueChoices =
    [
        new("NeighbourDispute", "Problems with a neighbour"),
        new("Noise", "Noise"),
        new("ThreatsOrHarassment", "Threats or harassment"),
        new("DrugDealingOrUse", "Drug dealing or drug use"),
        new("NuisanceVehicles", "Nuisance vehicles, like motorbikes or car cruising"),
        new("YouthRelated", "Young people causing trouble"),
        new("StreetDrinking", "Street drinking"),
        new("Begging", "Begging"),
        new("LitteringOrFlyTipping", "Litter or fly-tipping"),
        new("HateMotivated", "Hate, for example racist or homophobic abuse"),
        new("Other", "Something else"),
    ];

    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public DateParts ProblemStartedOn { get; set; } = new();
    [BindProperty] public string? AsbType { get; set; }
    [BindProperty] public List<string> IssueTypes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        Location = Answers.Location;
        Description = Answers.Description;
        ProblemStartedOn = DateParts.From(Answers.ProblemStartedOn);
        AsbType = Answers.AsbType?.ToString();
        IssueTypes = [.. Answers.IssueTypes.Select(t => t.ToString())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        var (started, dateProblem) = ProblemStartedOn.Read("The date the problem started");
        Answers.Location = Location;
        Answers.Description = Description;
        Answers.ProblemStartedOn = started;
        Answers.AsbType = Choices.ToEnum<AsbType>(AsbType);
        Answers.IssueTypes = [.. IssueTypes.Select(Choices.ToEnum<IssueType>).OfType<IssueType>().Distinct()];
        AddDateProblem("problemStartedOn", dateProblem);
        await CheckAsync(Fields, ct);
        if (Errors.Any)
        {
            return Page();
        }

        await SaveAsync(ct);
        return Next("/Apply/Effect");
    }
}
