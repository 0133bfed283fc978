using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "datetime2",
                nullable: true);

            // ALTER TRIGGER must start its own batch: EXEC makes it one inside the idempotent script's IF. An INSTEAD OF
            // trigger is not fired again by its own UPDATE.
            migrationBuilder.Sql("""
                EXEC(N'ALTER TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]
                INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    SET NOCOUNT ON;
                    IF NOT EXISTS (SELECT 1 FROM inserted)
                        OR EXISTS (SELECT 1 FROM inserted i LEFT JOIN deleted d ON d.[Id] = i.[Id]
                            WHERE d.[Id] IS NULL OR i.[IpAddress] IS NOT NULL
                                OR NOT EXISTS (SELECT i.[OccurredAt], i.[ActorId], i.[ActorName], i.[Action], i.[CaseReference], i.[Detail]
                                    INTERSECT SELECT d.[OccurredAt], d.[ActorId], d.[ActorName], d.[Action], d.[CaseReference], d.[Detail]))
                        THROW 51000, ''The audit trail is append-only.'', 1;
                    UPDATE a SET [IpAddress] = NULL FROM [AuditEntries] a JOIN inserted i ON i.[Id] = a.[Id];
                END;');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Applications");

            migrationBuilder.Sql("""
                EXEC(N'ALTER TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]
                INSTEAD OF UPDATE, DELETE
                AS
                BEGIN
                    SET NOCOUNT ON;
                    THROW 51000, ''The audit trail is append-only.'', 1;
                END;');
                """);
        }
    }
}
