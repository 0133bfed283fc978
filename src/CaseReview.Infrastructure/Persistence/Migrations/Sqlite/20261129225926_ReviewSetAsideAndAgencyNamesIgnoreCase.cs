using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewSetAsideAndAgencyNamesIgnoreCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "Recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // every recommendation made so far belongs to its case's first review

            migrationBuilder.AddColumn<DateTime>(
                name: "SetAsideAt",
                table: "Recommendations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SetAsideFindings",
                table: "Applications",
                type: "TEXT",
                maxLength: 10000,
                nullable: true);

            // Names that differ only in case would break the unique index once it ignores case (and stop the app's
            // start): the first keeps its name, the others are renamed and retired.
            migrationBuilder.Sql("""
                UPDATE Agencies SET Name = substr(Name, 1, 80) || ' (duplicate ' || Id || ')', Active = 0
                WHERE Id NOT IN (SELECT MIN(Id) FROM Agencies GROUP BY Name COLLATE NOCASE);
                """);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Agencies",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Review",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "SetAsideAt",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "SetAsideFindings",
                table: "Applications");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Agencies",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");
        }
    }
}
