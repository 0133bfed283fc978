using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboxRecipientKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_CreatedAt_Recipient",
                table: "OutboxEmails");

            migrationBuilder.AddColumn<string>(
                name: "RecipientKey",
                table: "OutboxEmails",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            // The rows already queued get their key, so the daily cap counts them too.
            migrationBuilder.Sql(@"UPDATE [OutboxEmails] SET [RecipientKey] = LOWER(LTRIM(RTRIM([Recipient])));");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_RecipientKey_CreatedAt",
                table: "OutboxEmails",
                columns: new[] { "RecipientKey", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxEmails_RecipientKey_CreatedAt",
                table: "OutboxEmails");

            migrationBuilder.DropColumn(
                name: "RecipientKey",
                table: "OutboxEmails");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxEmails_CreatedAt_Recipient",
                table: "OutboxEmails",
                columns: new[] { "CreatedAt", "Recipient" });
        }
    }
}
