using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StatisticsHistoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusHistory_Action_OccurredAt",
                table: "StatusHistory");

            migrationBuilder.DropIndex(
                name: "IX_StatusHistory_ApplicationId",
                table: "StatusHistory");

            migrationBuilder.CreateIndex(
                name: "IX_StatusHistory_Action_OccurredAt_To",
                table: "StatusHistory",
                columns: new[] { "Action", "OccurredAt", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusHistory_ApplicationId_Action_OccurredAt",
                table: "StatusHistory",
                columns: new[] { "ApplicationId", "Action", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusHistory_Action_OccurredAt_To",
                table: "StatusHistory");

            migrationBuilder.DropIndex(
                name: "IX_StatusHistory_ApplicationId_Action_OccurredAt",
                table: "StatusHistory");

            migrationBuilder.CreateIndex(
                name: "IX_StatusHistory_Action_OccurredAt",
                table: "StatusHistory",
                columns: new[] { "Action", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StatusHistory_ApplicationId",
                table: "StatusHistory",
                column: "ApplicationId");
        }
    }
}
