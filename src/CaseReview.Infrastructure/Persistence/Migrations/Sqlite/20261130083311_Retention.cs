using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The case's AnonymisedAt, and one exception to the append-only audit trail: the retention schedule may forget an
    /// entry's IP address (set it to NULL, nothing else). A later migration that adds a column to AuditEntries must
    /// add it to the comparison below.
    /// </summary>
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;");
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries
                WHEN NOT (NEW.IpAddress IS NULL AND NEW.Id IS OLD.Id AND NEW.OccurredAt IS OLD.OccurredAt
                    AND NEW.ActorId IS OLD.ActorId AND NEW.ActorName IS OLD.ActorName AND NEW.Action IS OLD.Action
                    AND NEW.CaseReference IS OLD.CaseReference AND NEW.Detail IS OLD.Detail)
                BEGIN
                    SELECT RAISE(ABORT, 'The audit trail is append-only.');
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Applications");

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;");
            migrationBuilder.Sql("""
                CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries
                BEGIN
                    SELECT RAISE(ABORT, 'The audit trail is append-only.');
                END;
                """);
        }
    }
}
