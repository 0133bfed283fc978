using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffSideReviewLinksAgencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressKey",
                table: "Applications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantConsultationComments",
                table: "Applications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantConsultationRecordedBy",
                table: "Applications",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantConsultedHow",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApplicantConsultedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApplicantParticipation",
                table: "Applications",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChairName",
                table: "Applications",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChairUserId",
                table: "Applications",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Applications",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Applications",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PostcodeKey",
                table: "Applications",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Active",
                table: "Agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AgencyResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Knew = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Did = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplacedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgencyResponses_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgencyResponses_Applications_CaseApplicationId",
                        column: x => x.CaseApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LinkedApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LinkedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LinkedByName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseLinks_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationUpdates_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Agencies",
                keyColumn: "Id",
                keyValue: 1,
                column: "Active",
                value: true);

            migrationBuilder.UpdateData(
                table: "Agencies",
                keyColumn: "Id",
                keyValue: 2,
                column: "Active",
                value: true);

            migrationBuilder.UpdateData(
                table: "Agencies",
                keyColumn: "Id",
                keyValue: 3,
                column: "Active",
                value: true);

            migrationBuilder.UpdateData(
                table: "Agencies",
                keyColumn: "Id",
                keyValue: 4,
                column: "Active",
                value: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId",
                table: "AuditEntries",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_AddressKey",
                table: "Applications",
                column: "AddressKey");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_EmailKey",
                table: "Applications",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PhoneKey",
                table: "Applications",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PostcodeKey",
                table: "Applications",
                column: "PostcodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyResponses_ApplicationId",
                table: "AgencyResponses",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyResponses_CaseApplicationId",
                table: "AgencyResponses",
                column: "CaseApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_ApplicationId_LinkedApplicationId",
                table: "CaseLinks",
                columns: new[] { "ApplicationId", "LinkedApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_LinkedApplicationId",
                table: "CaseLinks",
                column: "LinkedApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationUpdates_RecommendationId",
                table: "RecommendationUpdates",
                column: "RecommendationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyResponses");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "RecommendationUpdates");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActorId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Applications_AddressKey",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_EmailKey",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_PhoneKey",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_PostcodeKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "AddressKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApplicantConsultationComments",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApplicantConsultationRecordedBy",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApplicantConsultedHow",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApplicantConsultedOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApplicantParticipation",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ChairName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ChairUserId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "PostcodeKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Active",
                table: "Agencies");
        }
    }
}
