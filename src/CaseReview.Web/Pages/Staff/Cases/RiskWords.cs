using CaseReview.Domain.Risk;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>How risk levels read on the staff pages: words and the colour of their tag.</summary>
public static class RiskWords
{
    public static string Level(RiskLevel level) => level switch
    {
        RiskLevel.High => "High risk",
        RiskLevel.Medium => "Medium risk",
        _ => "Low risk",
    };

    /// <summary>A GOV.UK tag: high red, medium orange, low green.</summary>
    public static string TagClass(RiskLevel level) => level switch
    {
        RiskLevel.High => "govuk-tag govuk-tag--red",
        RiskLevel.Medium => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag govuk-tag--green",
    };

    /// <summary>Where officers assess (or reassess) the victim's risk.</summary>
    public static string AssessLink(string reference) => CaseLinks.Action(reference, "risk-assessment");
}
