using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DetailCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Field = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OldValue = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: true),
                    NewValue = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CorrectedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CorrectedByName = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    CorrectedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
