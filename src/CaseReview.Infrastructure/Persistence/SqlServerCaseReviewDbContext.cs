using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

public sealed class SqlServerCaseReviewDbContext(DbContextOptions<SqlServerCaseReviewDbContext> options, IWriteGate writeGate)
    : CaseReviewDbContext(options, writeGate);
