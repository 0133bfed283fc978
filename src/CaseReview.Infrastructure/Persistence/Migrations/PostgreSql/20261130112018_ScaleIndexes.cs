using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StatusHistory_Action_OccurredAt",
                table: "StatusHistory",
                columns: new[] { "Action", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_AssignedOfficerId_AssignedOfficerName",
                table: "Applications",
                columns: new[] { "AssignedOfficerId", "AssignedOfficerName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatusHistory_Action_OccurredAt",
                table: "StatusHistory");

            migrationBuilder.DropIndex(
                name: "IX_Applications_AssignedOfficerId_AssignedOfficerName",
                table: "Applications");
        }
    }
}
