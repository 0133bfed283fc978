using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DetailCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CaseApplicationId",
                table: "Complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DetailCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CorrectedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CorrectedByName = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    CorrectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DetailCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DetailCorrections_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CaseApplicationId",
                table: "Complaints",
                column: "CaseApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_DetailCorrections_ApplicationId",
                table: "DetailCorrections",
                column: "ApplicationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Complaints_Applications_CaseApplicationId",
                table: "Complaints",
                column: "CaseApplicationId",
                principalTable: "Applications",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_Applications_CaseApplicationId",
                table: "Complaints");

            migrationBuilder.DropTable(
                name: "DetailCorrections");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_CaseApplicationId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CaseApplicationId",
                table: "Complaints");
        }
    }
}
