using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "AgencyResponses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AgencyId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelAgencyIds",
                table: "Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                INSERT INTO "Agencies" ("Id", "Name", "Kind", "ContactEmail", "Active")
                SELECT (SELECT COALESCE(MAX("Id"), 0) FROM "Agencies") + ROW_NUMBER() OVER (ORDER BY n."Name"), n."Name", 'Other', NULL, 0
                FROM (
                    SELECT MIN(u."Name") AS "Name"
                    FROM (
                        SELECT p.value AS "Name" FROM "Applications" AS c, json_each(c."PanelAgencies") AS p
                        UNION ALL SELECT "OwnerAgency" FROM "Recommendations"
                        UNION ALL SELECT "Agency" FROM "AgencyResponses"
                        UNION ALL SELECT "Agency" FROM "AspNetUsers") AS u
                    WHERE u."Name" IS NOT NULL AND u."Name" <> ''
                      AND NOT EXISTS (SELECT 1 FROM "Agencies" AS a WHERE a."Name" = u."Name")
                    GROUP BY u."Name" COLLATE NOCASE) AS n;
                """);

            migrationBuilder.Sql("""
                UPDATE "Recommendations" SET "OwnerAgencyId" = (SELECT a."Id" FROM "Agencies" AS a WHERE a."Name" = "Recommendations"."OwnerAgency");
                """);

            migrationBuilder.Sql("""
                UPDATE "AgencyResponses" SET "AgencyId" = (SELECT a."Id" FROM "Agencies" AS a WHERE a."Name" = "AgencyResponses"."Agency");
                """);

            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "AgencyId" = (SELECT a."Id" FROM "Agencies" AS a WHERE a."Name" = "AspNetUsers"."Agency") WHERE "Agency" IS NOT NULL AND "Agency" <> '';
                """);

            migrationBuilder.Sql("""
                UPDATE "Applications" SET "PanelAgencyIds" = (
                    SELECT json_group_array(s."Id") FROM (
                        SELECT a."Id" FROM json_each("Applications"."PanelAgencies") AS p JOIN "Agencies" AS a ON a."Name" = p.value
                        GROUP BY a."Id" ORDER BY MIN(p.key)) AS s);
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
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "AgencyResponses",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Agency",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PanelAgencies",
                table: "Applications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.Sql("""
                UPDATE "Recommendations" SET "OwnerAgency" = (SELECT a."Name" FROM "Agencies" AS a WHERE a."Id" = "Recommendations"."OwnerAgencyId");
                """);

            migrationBuilder.Sql("""
                UPDATE "AgencyResponses" SET "Agency" = (SELECT a."Name" FROM "Agencies" AS a WHERE a."Id" = "AgencyResponses"."AgencyId");
                """);

            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "Agency" = (SELECT a."Name" FROM "Agencies" AS a WHERE a."Id" = "AspNetUsers"."AgencyId");
                """);

            migrationBuilder.Sql("""
                UPDATE "Applications" SET "PanelAgencies" = (
                    SELECT json_group_array(s."Name") FROM (
                        SELECT a."Name" FROM json_each("Applications"."PanelAgencyIds") AS p JOIN "Agencies" AS a ON a."Id" = p.value ORDER BY p.key) AS s);
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
