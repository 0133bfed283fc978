using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// The audit trail is append-only in the database too: an INSTEAD OF trigger refuses any UPDATE or DELETE of
    /// AuditEntries, whoever sends it. (db/README.md also shows the DENY for the app's own login.)
    /// </summary>
    public partial class AuditTrailAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // CREATE TRIGGER must start its own batch: EXEC makes it one inside the idempotent script's IF.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]
                INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 51000, ''The audit trail is append-only.'', 1;
                END;');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [AuditEntries_AppendOnly];");
        }
    }
}
