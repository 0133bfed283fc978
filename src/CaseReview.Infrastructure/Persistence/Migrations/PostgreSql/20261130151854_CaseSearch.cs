using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CaseSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PanelSearchText",
                table: "Applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SearchTextVersion",
                table: "Applications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SearchTextVersion",
                table: "Applications",
                column: "SearchTextVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_SearchTextVersion",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "PanelSearchText",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SearchTextVersion",
                table: "Applications");
        }
    }
}
