using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseReview.Infrastructure.Persistence;

// Used by `dotnet ef migrations add` only; the connection strings never connect.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseReviewDbContext>
{
    public SqliteCaseReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite("Data Source=design-time.db").Options, new OpenGate());
}
