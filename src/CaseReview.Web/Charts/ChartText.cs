namespace CaseReview.Web.Charts;

public sealed record ChartText(double X, double Y, string Text, bool AlignEnd = false);
