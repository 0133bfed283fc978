using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CurrentResponsesNotARelationship : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgencyResponses_Applications_CaseApplicationId",
                table: "AgencyResponses");

            migrationBuilder.DropIndex(
                name: "IX_AgencyResponses_CaseApplicationId",
                table: "AgencyResponses");

            migrationBuilder.DropColumn(
                name: "CaseApplicationId",
                table: "AgencyResponses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CaseApplicationId",
                table: "AgencyResponses",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgencyResponses_CaseApplicationId",
                table: "AgencyResponses",
                column: "CaseApplicationId");

            migrationBuilder.AddForeignKey(
                name: "FK_AgencyResponses_Applications_CaseApplicationId",
                table: "AgencyResponses",
                column: "CaseApplicationId",
                principalTable: "Applications",
                principalColumn: "Id");
        }
    }
}
