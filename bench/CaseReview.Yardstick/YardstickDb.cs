using Microsoft.EntityFrameworkCore;

namespace CaseReview.Yardstick;

public sealed class YardstickDb(DbContextOptions<YardstickDb> options) : DbContext(options)
{
    public DbSet<SubmissionRow> Submissions => Set<SubmissionRow>();
}
