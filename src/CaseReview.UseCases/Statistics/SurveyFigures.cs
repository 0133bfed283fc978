using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Statistics;

/// <summary>Counts one financial year's survey answers (by the year the case closed) in the database, a grouped query per question.</summary>
internal static class SurveyFigures
{
    public static async Task<SurveyResults> CountAsync(ICaseReviewDb db, FinancialYear year, StatisticalDisclosure disclosure, CancellationToken cancellationToken)
    {
        var answers = db.SurveyResponses.AsNoTracking().Where(r => r.FinancialYear == year.StartYear);
        var invited = await db.SurveyInvitations.CountAsync(i => i.FinancialYear == year.StartYear, cancellationToken);
        var responses = await answers.CountAsync(cancellationToken);

        var improved = await answers.GroupBy(r => r.Improved).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var informed = await answers.GroupBy(r => r.KeptInformed).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var listened = await answers.GroupBy(r => r.ListenedTo).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var enough = responses >= disclosure.SuppressBelow;
        IReadOnlyList<string> comments = enough
            ? [.. (await answers.Where(r => r.Comments != null).Select(r => r.Comments!).ToListAsync(cancellationToken)).Order(StringComparer.Ordinal)]
            : [];
        return new SurveyResults(
            invited,
            responses,
            disclosure.PublishInOrder(Rows(improved.Select(i => (i.Key, i.Count))), responses),
            disclosure.PublishInOrder(Rows(informed.Select(i => (i.Key, i.Count))), responses),
            disclosure.PublishInOrder(Rows(listened.Select(i => (i.Key, i.Count))), responses),
            comments,
            enough || responses == 0 ? null : $"Comments are shown once at least {disclosure.SuppressBelow} people have answered, so nobody can be picked out.");
    }

    // Every answer, in the question's order, then those who left the question out.
    private static List<CountRow> Rows<TAnswer>(IEnumerable<(TAnswer? Answer, int Count)> counted)
        where TAnswer : struct, Enum
    {
        var list = counted.ToList();
        return
        [
            .. Enum.GetValues<TAnswer>().Select(a => new CountRow(a.ToString(), list.Where(c => c.Answer is { } given && given.Equals(a)).Sum(c => c.Count))),
            new CountRow(SurveyResults.NotAnswered, list.Where(c => c.Answer is null).Sum(c => c.Count)),
        ];
    }
}
