using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "int",
                nullable: false,
                defaultValue: 1); // every recommendation made so far belongs to its case's first review

            migrationBuilder.AddColumn<DateTime>(
                name: "SetAsideAt",
                table: "Recommendations",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SetAsideFindings",
                table: "Applications",
                type: "nvarchar(max)",
                maxLength: 10000,
                nullable: true);

            // Names that differ only in case would break the unique index once it ignores case (and stop the app's
            // start): the first keeps its name, the others are renamed and retired.
            migrationBuilder.Sql("""
                UPDATE [Agencies] SET [Name] = LEFT([Name], 80) + N' (duplicate ' + CAST([Id] AS nvarchar(11)) + N')', [Active] = CAST(0 AS bit)
                WHERE [Id] NOT IN (SELECT MIN([Id]) FROM [Agencies] GROUP BY [Name] COLLATE Latin1_General_100_CI_AS);
                """);

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "Agencies",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                collation: "Latin1_General_100_CI_AS",
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
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
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100,
                oldCollation: "Latin1_General_100_CI_AS");
        }
    }
}
