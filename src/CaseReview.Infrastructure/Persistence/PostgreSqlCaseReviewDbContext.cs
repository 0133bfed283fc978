using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

public sealed class PostgreSqlCaseReviewDbContext(DbContextOptions<PostgreSqlCaseReviewDbContext> options, IWriteGate writeGate)
    : CaseReviewDbContext(options, writeGate);
