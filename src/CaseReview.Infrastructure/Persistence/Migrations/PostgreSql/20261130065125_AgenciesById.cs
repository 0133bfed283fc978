using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Panels, recommendations, agency responses and staff accounts refer to agencies by id instead of by name. A
    /// name used but never registered (there should be none) is registered as an inactive agency of kind Other first,
    /// so that nothing is lost; names are matched without regard to capitals, as the register does.
    /// </summary>
    public partial class AgenciesById : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OwnerAgencyId",
                table: "Recommendations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "AgencyResponses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "PanelAgencyIds",
                table: "Applications",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.Sql("""
                INSERT INTO "Agencies" ("Id", "Name", "Kind", "ContactEmail", "Active")
                SELECT (SELECT COALESCE(MAX("Id"), 0) FROM "Agencies") + ROW_NUMBER() OVER (ORDER BY n."Name"), n."Name", 'Other', NULL, FALSE
                FROM (
                    SELECT MIN(u."Name") AS "Name"
                    FROM (
                        SELECT unnest("PanelAgencies") AS "Name" FROM "Applications"
                        UNION ALL SELECT "OwnerAgency" FROM "Recommendations"
                        UNION ALL SELECT "Agency" FROM "AgencyResponses"
                        UNION ALL SELECT "Agency" FROM "AspNetUsers") AS u
                    WHERE u."Name" IS NOT NULL AND u."Name" <> ''
                      AND NOT EXISTS (SELECT 1 FROM "Agencies" AS a WHERE a."Name" = u."Name" COLLATE "ignore_case")
                    GROUP BY lower(u."Name")) AS n;
                """);

            migrationBuilder.Sql("""
                UPDATE "Recommendations" AS r SET "OwnerAgencyId" = a."Id" FROM "Agencies" AS a WHERE a."Name" = r."OwnerAgency" COLLATE "ignore_case";
                """);

            migrationBuilder.Sql("""
                UPDATE "AgencyResponses" AS r SET "AgencyId" = a."Id" FROM "Agencies" AS a WHERE a."Name" = r."Agency" COLLATE "ignore_case";
                """);

            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" AS u SET "AgencyId" = a."Id" FROM "Agencies" AS a WHERE a."Name" = u."Agency" COLLATE "ignore_case";
                """);

            migrationBuilder.Sql("""
                UPDATE "Applications" SET "PanelAgencyIds" = ARRAY(
                    SELECT a."Id" FROM unnest("PanelAgencies") WITH ORDINALITY AS p("Name", "Position")
                    JOIN "Agencies" AS a ON a."Name" = p."Name" COLLATE "ignore_case"
                    GROUP BY a."Id" ORDER BY MIN(p."Position"));
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "AgencyResponses",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "AspNetUsers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "PanelAgencies",
                table: "Applications",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.Sql("""
                UPDATE "Recommendations" AS r SET "OwnerAgency" = a."Name" FROM "Agencies" AS a WHERE a."Id" = r."OwnerAgencyId";
                """);

            migrationBuilder.Sql("""
                UPDATE "AgencyResponses" AS r SET "Agency" = a."Name" FROM "Agencies" AS a WHERE a."Id" = r."AgencyId";
                """);

            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" AS u SET "Agency" = a."Name" FROM "Agencies" AS a WHERE a."Id" = u."AgencyId";
                """);

            migrationBuilder.Sql("""
                UPDATE "Applications" SET "PanelAgencies" = ARRAY(
                    SELECT a."Name" FROM unnest("PanelAgencyIds") WITH ORDINALITY AS p("Id", "Position") JOIN "Agencies" AS a ON a."Id" = p."Id" ORDER BY p."Position");
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
