using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Letters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseReference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Notice = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DueSince = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DoneById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DoneByName = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LetterTasks_CaseReference",
                table: "LetterTasks",
                column: "CaseReference");

            migrationBuilder.CreateIndex(
                name: "IX_LetterTasks_DoneAt_DueSince",
                table: "LetterTasks",
                columns: new[] { "DoneAt", "DueSince" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterTasks");
        }
    }
}
