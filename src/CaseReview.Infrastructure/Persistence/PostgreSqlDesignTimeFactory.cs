using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseReview.Infrastructure.Persistence;

// Used by `dotnet ef migrations add` only; the connection string never connects.
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCaseReviewDbContext>
{
    public PostgreSqlCaseReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCaseReviewDbContext>().UseNpgsql("Host=design-time;Database=casereview").Options, new OpenGate());
}
