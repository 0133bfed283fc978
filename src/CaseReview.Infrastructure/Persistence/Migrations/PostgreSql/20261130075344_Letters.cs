using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.PostgreSql
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseReference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notice = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Delivery = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DoneByName = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true)
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
