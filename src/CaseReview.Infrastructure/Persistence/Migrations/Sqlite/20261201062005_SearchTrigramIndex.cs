using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search reads the trigram index the app builds at start-up (SqliteSearchIndex), not this one.
            migrationBuilder.DropIndex(
                name: "IX_Applications_SearchTexts",
                table: "Applications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The code before this migration neither reads nor checks the trigram index: its triggers would only cost.
            migrationBuilder.Sql(SqliteSearchIndex.Drop);
            migrationBuilder.CreateIndex(
                name: "IX_Applications_SearchTexts",
                table: "Applications",
                columns: new[] { "SearchText", "PanelSearchText", "Id" });
        }
    }
}
