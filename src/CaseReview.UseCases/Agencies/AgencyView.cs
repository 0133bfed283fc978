using CaseReview.Domain.Agencies;

namespace CaseReview.UseCases.Agencies;

public sealed record AgencyView(int Id, string Name, AgencyKind Kind, string? ContactEmail, bool Active)
{
    public static AgencyView From(Agency a) => new(a.Id, a.Name, a.Kind, a.ContactEmail, a.Active);
}
