using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseReview.Infrastructure.Persistence;

// Used by `dotnet ef migrations add` only; the connection strings never connect.
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCaseReviewDbContext>
{
    public SqlServerCaseReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCaseReviewDbContext>().UseSqlServer("Server=design-time;Database=CaseReview;Integrated Security=true;TrustServerCertificate=true").Options, new OpenGate());
}
