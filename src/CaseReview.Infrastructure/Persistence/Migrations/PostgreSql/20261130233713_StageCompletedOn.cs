using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "date",
                nullable: true);

            // Stages done before this migration get their UK date here. Hand-written because EF does not fill a new column from an old one.
            migrationBuilder.Sql("""
                UPDATE "StageDeadlines" SET "CompletedOn" = ("CompletedAt" AT TIME ZONE 'Europe/London')::date
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
