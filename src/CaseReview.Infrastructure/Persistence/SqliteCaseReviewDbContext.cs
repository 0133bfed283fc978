using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

public sealed class SqliteCaseReviewDbContext(DbContextOptions<SqliteCaseReviewDbContext> options, IWriteGate writeGate)
    : CaseReviewDbContext(options, writeGate);
