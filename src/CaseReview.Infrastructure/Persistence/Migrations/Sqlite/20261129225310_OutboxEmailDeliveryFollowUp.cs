using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxEmailDeliveryFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OnDelivery",
                table: "OutboxEmails",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            // Acknowledgements queued before this change still complete the acknowledge stage when sent.
            migrationBuilder.Sql("UPDATE OutboxEmails SET OnDelivery = 'RecordAcknowledgement' WHERE Template = 'acknowledgement'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OnDelivery",
                table: "OutboxEmails");
        }
    }
}
