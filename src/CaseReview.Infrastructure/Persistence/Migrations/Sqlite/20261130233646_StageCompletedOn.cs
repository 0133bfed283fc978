using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StageCompletedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StageDeadlines_CompletedAt_DueDate",
                table: "StageDeadlines");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "StageDeadlines",
                type: "TEXT",
                nullable: true);

            // Stages done before this migration get their UK date here, by the UK's summer-time rule (from 01:00 UTC on the
            // last Sunday of March to 01:00 UTC on the last Sunday of October the clocks are an hour ahead): SQLite has no
            // time zones. Hand-written because EF does not fill a new column from an old one.
            migrationBuilder.Sql("""
                UPDATE "StageDeadlines" SET "CompletedOn" = CASE
                    WHEN "CompletedAt" >= date(substr("CompletedAt", 1, 4) || '-03-25', 'weekday 0') || ' 01:00:00'
                     AND "CompletedAt" < date(substr("CompletedAt", 1, 4) || '-10-25', 'weekday 0') || ' 01:00:00'
                    THEN date("CompletedAt", '+1 hour')
                    ELSE date("CompletedAt")
                END
                WHERE "CompletedAt" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_StageDeadlines_CompletedAt_DueDate_Stage_ApplicationId",
                table: "StageDeadlines",
                columns: new[] { "CompletedAt", "DueDate", "Stage", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_StageDeadlines_CompletedOn_Stage_Cancelled_DueDate_StartedOn",
                table: "StageDeadlines",
                columns: new[] { "CompletedOn", "Stage", "Cancelled", "DueDate", "StartedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StageDeadlines_CompletedAt_DueDate_Stage_ApplicationId",
                table: "StageDeadlines");

            migrationBuilder.DropIndex(
                name: "IX_StageDeadlines_CompletedOn_Stage_Cancelled_DueDate_StartedOn",
                table: "StageDeadlines");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "StageDeadlines");

            migrationBuilder.CreateIndex(
                name: "IX_StageDeadlines_CompletedAt_DueDate",
                table: "StageDeadlines",
                columns: new[] { "CompletedAt", "DueDate" });
        }
    }
}
