using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RecommendationMadeAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "MadeAt",
                table: "Recommendations",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Each recommendation made before this column takes the moment of the review that made it: the case's
            // n-th review line in the history for a recommendation of review n (what the statistics counted before).
            migrationBuilder.Sql("""
                UPDATE [Recommendations] SET [MadeAt] = COALESCE((
                    SELECT MIN(h.[OccurredAt]) FROM [StatusHistory] h
                    WHERE h.[ApplicationId] = [Recommendations].[ApplicationId] AND h.[Action] = N'record-review'
                      AND (SELECT COUNT(*) FROM [StatusHistory] o
                           WHERE o.[ApplicationId] = h.[ApplicationId] AND o.[Action] = N'record-review'
                             AND (o.[OccurredAt] < h.[OccurredAt] OR (o.[OccurredAt] = h.[OccurredAt] AND o.[Id] <= h.[Id]))) = [Recommendations].[Review]),
                    [MadeAt]);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_MadeAt_ApplicationId_Review",
                table: "Recommendations",
                columns: new[] { "MadeAt", "ApplicationId", "Review" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_MadeAt_ApplicationId_Review",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "MadeAt",
                table: "Recommendations");
        }
    }
}
