namespace CaseReview.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, SqlServer, PostgreSql }
