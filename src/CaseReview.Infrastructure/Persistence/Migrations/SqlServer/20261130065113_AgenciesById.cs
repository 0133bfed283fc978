using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// Panels, recommendations, agency responses and staff accounts refer to agencies by id instead of by name. A
    /// name used but never registered (there should be none) is registered as an inactive agency of kind Other first,
    /// so that nothing is lost; names are matched without regard to capitals, as the register does. Each statement runs
    /// through EXEC: the idempotent script compiles a migration as one batch, before its new columns exist.
    /// </summary>
    public partial class AgenciesById : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OwnerAgencyId",
                table: "Recommendations",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "AgencyResponses",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "AspNetUsers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelAgencyIds",
                table: "Applications",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                EXEC(N'INSERT INTO [Agencies] ([Id], [Name], [Kind], [ContactEmail], [Active])
                SELECT (SELECT COALESCE(MAX([Id]), 0) FROM [Agencies]) + ROW_NUMBER() OVER (ORDER BY n.[Name]), n.[Name], N''Other'', NULL, CAST(0 AS bit)
                FROM (
                    SELECT MIN(u.[Name]) AS [Name]
                    FROM (
                        SELECT CAST(p.[value] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS AS [Name] FROM [Applications] AS c CROSS APPLY OPENJSON(c.[PanelAgencies]) AS p
                        UNION ALL SELECT [OwnerAgency] COLLATE Latin1_General_100_CI_AS FROM [Recommendations]
                        UNION ALL SELECT [Agency] COLLATE Latin1_General_100_CI_AS FROM [AgencyResponses]
                        UNION ALL SELECT CAST([Agency] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS FROM [AspNetUsers]) AS u
                    WHERE u.[Name] IS NOT NULL AND u.[Name] <> N''''
                      AND NOT EXISTS (SELECT 1 FROM [Agencies] AS a WHERE a.[Name] = u.[Name])
                    GROUP BY u.[Name]) AS n;')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE r SET [OwnerAgencyId] = a.[Id] FROM [Recommendations] AS r JOIN [Agencies] AS a ON a.[Name] = r.[OwnerAgency] COLLATE Latin1_General_100_CI_AS;')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE r SET [AgencyId] = a.[Id] FROM [AgencyResponses] AS r JOIN [Agencies] AS a ON a.[Name] = r.[Agency] COLLATE Latin1_General_100_CI_AS;')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE u SET [AgencyId] = a.[Id] FROM [AspNetUsers] AS u JOIN [Agencies] AS a ON a.[Name] = CAST(u.[Agency] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS;')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE c SET [PanelAgencyIds] = COALESCE((
                    SELECT N''['' + STRING_AGG(CAST(s.[Id] AS nvarchar(max)), N'','') WITHIN GROUP (ORDER BY s.[Position]) + N'']''
                    FROM (
                        SELECT a.[Id], MIN(CAST(p.[key] AS int)) AS [Position]
                        FROM OPENJSON(c.[PanelAgencies]) AS p JOIN [Agencies] AS a ON a.[Name] = CAST(p.[value] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS
                        GROUP BY a.[Id]) AS s), N''[]'')
                FROM [Applications] AS c;')
                """);

            migrationBuilder.DropColumn(
                name: "OwnerAgency",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "Agency",
                table: "AgencyResponses");

            migrationBuilder.DropColumn(
                name: "Agency",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PanelAgencies",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_OwnerAgencyId",
                table: "Recommendations",
                column: "OwnerAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_AgencyId",
                table: "AspNetUsers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyResponses_AgencyId",
                table: "AgencyResponses",
                column: "AgencyId");

            migrationBuilder.AddForeignKey(
                name: "FK_AgencyResponses_Agencies_AgencyId",
                table: "AgencyResponses",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Agencies_AgencyId",
                table: "AspNetUsers",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Recommendations_Agencies_OwnerAgencyId",
                table: "Recommendations",
                column: "OwnerAgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgencyResponses_Agencies_AgencyId",
                table: "AgencyResponses");

            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Agencies_AgencyId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Recommendations_Agencies_OwnerAgencyId",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_OwnerAgencyId",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_AgencyId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AgencyResponses_AgencyId",
                table: "AgencyResponses");

            migrationBuilder.AddColumn<string>(
                name: "OwnerAgency",
                table: "Recommendations",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "AgencyResponses",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "AspNetUsers",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelAgencies",
                table: "Applications",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                EXEC(N'UPDATE r SET [OwnerAgency] = a.[Name] FROM [Recommendations] AS r JOIN [Agencies] AS a ON a.[Id] = r.[OwnerAgencyId];')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE r SET [Agency] = a.[Name] FROM [AgencyResponses] AS r JOIN [Agencies] AS a ON a.[Id] = r.[AgencyId];')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE u SET [Agency] = a.[Name] FROM [AspNetUsers] AS u JOIN [Agencies] AS a ON a.[Id] = u.[AgencyId];')
                """);

            migrationBuilder.Sql("""
                EXEC(N'UPDATE c SET [PanelAgencies] = COALESCE((
                    SELECT N''['' + STRING_AGG(N''"'' + STRING_ESCAPE(a.[Name], ''json'') + N''"'', N'','') WITHIN GROUP (ORDER BY CAST(p.[key] AS int)) + N'']''
                    FROM OPENJSON(c.[PanelAgencyIds]) AS p JOIN [Agencies] AS a ON a.[Id] = CAST(p.[value] AS int)), N''[]'')
                FROM [Applications] AS c;')
                """);

            migrationBuilder.DropColumn(
                name: "OwnerAgencyId",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "AgencyResponses");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PanelAgencyIds",
                table: "Applications");
        }
    }
}
