namespace CaseReview.Web.Charts;

public sealed record ChartBar(double X, double Y, double Width, double Height, string Colour, string Series, string Display);
