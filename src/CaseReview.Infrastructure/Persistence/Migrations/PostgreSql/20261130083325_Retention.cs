using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' THEN
                        IF NEW."IpAddress" IS NULL
                            AND (NEW."Id", NEW."OccurredAt", NEW."ActorId", NEW."ActorName", NEW."Action", NEW."CaseReference", NEW."Detail")
                                IS NOT DISTINCT FROM (OLD."Id", OLD."OccurredAt", OLD."ActorId", OLD."ActorName", OLD."Action", OLD."CaseReference", OLD."Detail") THEN
                            RETURN NEW;
                        END IF;
                    END IF;
                    RAISE EXCEPTION 'The audit trail is append-only.' USING ERRCODE = 'integrity_constraint_violation';
                END;
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Applications");

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The audit trail is append-only.' USING ERRCODE = 'integrity_constraint_violation';
                END;
                $$;
                """);
        }
    }
}
