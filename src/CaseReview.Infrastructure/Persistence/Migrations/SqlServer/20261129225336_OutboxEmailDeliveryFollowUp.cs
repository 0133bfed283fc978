using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
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
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            // Acknowledgements queued before this change still complete the acknowledge stage when sent. EXEC, because
            // SQL Server compiles the idempotent script's batch before the new column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [OutboxEmails] SET [OnDelivery] = N''RecordAcknowledgement'' WHERE [Template] = N''acknowledgement''')");
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
