using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// The search box's index on SQLite: the cases' search texts in a table of their own with a stable integer key
/// (<c>ApplicationSearchTexts</c>), and an FTS5 trigram index over it (<c>ApplicationSearch</c>), which finds the texts
/// holding a run of three or more characters without reading every text (0.3 s a search at 1,000,000 cases, scanning).
/// Triggers on <c>Applications</c> keep the texts as the cases change, whoever writes them; the index follows its
/// table through the triggers FTS5 documents for an external-content index.
/// <para>
/// It is a derived index, so it is not in the migrations: it is checked at every start (<see cref="EnsureAsync"/>) and
/// built again from the cases when any part of it is missing, as when a migration has rebuilt the <c>Applications</c>
/// table (SQLite's way of changing a column drops the table's triggers). The key is its own rather than the cases'
/// rowid, which <c>VACUUM</c> may renumber.
/// </para>
/// </summary>
public static class SqliteSearchIndex
{
    /// <summary>The shortest term the trigram index can find; shorter terms are looked for in the texts themselves.</summary>
    public const int ShortestIndexedTerm = 3;

    private static readonly string[] Parts =
    [
        "ApplicationSearchTexts", "ApplicationSearch",
        "Applications_Search_Insert", "Applications_Search_Update", "Applications_Search_Delete",
        "ApplicationSearchTexts_Insert", "ApplicationSearchTexts_Delete",
    ];

    private static readonly string CountParts = $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name IN ({string.Join(", ", Parts.Select(p => $"'{p}'"))})";

    /// <summary>Every part of the index, for a migration back to before it.</summary>
    public const string Drop = """
        DROP TRIGGER IF EXISTS "Applications_Search_Insert";
        DROP TRIGGER IF EXISTS "Applications_Search_Update";
        DROP TRIGGER IF EXISTS "Applications_Search_Delete";
        DROP TRIGGER IF EXISTS "ApplicationSearchTexts_Insert";
        DROP TRIGGER IF EXISTS "ApplicationSearchTexts_Delete";
        DROP TABLE IF EXISTS "ApplicationSearch";
        DROP TABLE IF EXISTS "ApplicationSearchTexts";
        """;

    // The texts are filled and indexed in bulk before the triggers exist; from then on the triggers keep both.
    private const string Build = """
        CREATE TABLE "ApplicationSearchTexts" (
            "RowId" INTEGER PRIMARY KEY,
            "ApplicationId" TEXT NOT NULL UNIQUE,
            "SearchText" TEXT NOT NULL);
        INSERT INTO "ApplicationSearchTexts" ("ApplicationId", "SearchText")
            SELECT "Id", "SearchText" FROM "Applications" WHERE "SearchText" IS NOT NULL;
        CREATE VIRTUAL TABLE "ApplicationSearch" USING fts5(
            "SearchText", content='ApplicationSearchTexts', content_rowid='RowId', tokenize='trigram');
        INSERT INTO "ApplicationSearch" ("ApplicationSearch") VALUES ('rebuild');
        CREATE TRIGGER "ApplicationSearchTexts_Insert" AFTER INSERT ON "ApplicationSearchTexts" BEGIN
            INSERT INTO "ApplicationSearch" (rowid, "SearchText") VALUES (new."RowId", new."SearchText");
        END;
        CREATE TRIGGER "ApplicationSearchTexts_Delete" AFTER DELETE ON "ApplicationSearchTexts" BEGIN
            INSERT INTO "ApplicationSearch" ("ApplicationSearch", rowid, "SearchText") VALUES ('delete', old."RowId", old."SearchText");
        END;
        CREATE TRIGGER "Applications_Search_Insert" AFTER INSERT ON "Applications" WHEN new."SearchText" IS NOT NULL BEGIN
            INSERT INTO "ApplicationSearchTexts" ("ApplicationId", "SearchText") VALUES (new."Id", new."SearchText");
        END;
        CREATE TRIGGER "Applications_Search_Update" AFTER UPDATE OF "SearchText" ON "Applications" BEGIN
            DELETE FROM "ApplicationSearchTexts" WHERE "ApplicationId" = old."Id";
            INSERT INTO "ApplicationSearchTexts" ("ApplicationId", "SearchText") SELECT new."Id", new."SearchText" WHERE new."SearchText" IS NOT NULL;
        END;
        CREATE TRIGGER "Applications_Search_Delete" AFTER DELETE ON "Applications" BEGIN
            DELETE FROM "ApplicationSearchTexts" WHERE "ApplicationId" = old."Id";
        END;
        """;

    /// <summary>Builds the index from the cases when any part of it is missing; answers whether it did.</summary>
    public static async Task<bool> EnsureAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var present = await database.SqlQueryRaw<int>(CountParts).SingleAsync(cancellationToken);
        if (present == Parts.Length)
        {
            return false;
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await database.ExecuteSqlRawAsync(Drop + Build, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The ids of the cases whose search text holds every term: from the trigram index when a term is long enough
    /// (each such term as a phrase of its trigrams, which may over-match), and in every case tested against the text
    /// itself, so the answer is exactly that of testing every text. With only short terms, the texts are read in turn
    /// (from their own narrow table rather than the wide case rows).
    /// </summary>
    public static IQueryable<Guid> Matches(DatabaseFacade database, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(terms);
        var parameters = new List<DbParameter>();
        var conditions = new List<string>();
        var indexed = terms.Where(t => t.Length >= ShortestIndexedTerm).ToList();
        if (indexed.Count > 0)
        {
            // An FTS5 string is in double quotes, with a double quote inside it doubled.
            parameters.Add(new SqliteParameter("@match", string.Join(" AND ", indexed.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))));
            conditions.Add("\"ApplicationSearch\" MATCH @match");
        }

        foreach (var term in terms)
        {
            var name = $"@term{parameters.Count}";
            parameters.Add(new SqliteParameter(name, term));
            conditions.Add($"instr(t.\"SearchText\", {name}) > 0");
        }

        // Only parameter names are written into the SQL; the terms are bound.
        var from = indexed.Count > 0
            ? "SELECT t.\"ApplicationId\" AS \"Value\" FROM \"ApplicationSearch\" JOIN \"ApplicationSearchTexts\" AS t ON t.\"RowId\" = \"ApplicationSearch\".rowid WHERE "
            : "SELECT t.\"ApplicationId\" AS \"Value\" FROM \"ApplicationSearchTexts\" AS t WHERE ";
        // No terms narrow nothing: every case's text matches, as on the other providers.
        var sql = from + (conditions.Count == 0 ? "1" : string.Join(" AND ", conditions));
        return database.SqlQueryRaw<Guid>(sql, [.. parameters]);
    }
}
