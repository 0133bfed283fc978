using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseReview.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ThirdParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ThirdPartyName",
                table: "Applications",
                newName: "VictimName");

            migrationBuilder.AddColumn<string>(
                name: "ApplicantPostcodeKey",
                table: "Applications",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ThirdPartyConsentGivenOn",
                table: "Applications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ThirdPartyConsentHow",
                table: "Applications",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimAddress",
                table: "Applications",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VictimAgreesToContact",
                table: "Applications",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimEmail",
                table: "Applications",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimEmailKey",
                table: "Applications",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimPhone",
                table: "Applications",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimPhoneKey",
                table: "Applications",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimPostcode",
                table: "Applications",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ApplicantPostcodeKey",
                table: "Applications",
                column: "ApplicantPostcodeKey");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_VictimEmailKey",
                table: "Applications",
                column: "VictimEmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_VictimPhoneKey",
                table: "Applications",
                column: "VictimPhoneKey");

            // Hand-written: existing rows move to the new shape (docs/decisions/0018-third-parties.md).
            // Before, an online third-party application (the form, or the API) kept the victim's name as the applicant's and
            // the name of the person applying as the third party's; staff entering one (phone, paper, email, in person) did
            // the opposite. Emails and letters go to the applicant, by name, so the online ones swap. The address and postcode
            // given were the only ones: they stay the applicant's (letters go there) and are copied to the victim's, so the
            // figures by district, link suggestions and the households rule give what they gave before. The victim's
            // email and phone were never asked for: not agreed to be contacted. The consent's method and date stay empty.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Applications] SET [ApplicantName] = [VictimName], [VictimName] = [ApplicantName] WHERE [IsThirdParty] = CAST(1 AS bit) AND [VictimName] IS NOT NULL AND [Channel] = N''Online''')
                """);
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Applications] SET [VictimAddress] = [ApplicantAddress], [VictimPostcode] = [ApplicantPostcode], [VictimAgreesToContact] = CAST(0 AS bit) WHERE [IsThirdParty] = CAST(1 AS bit) AND [VictimName] IS NOT NULL')
                """);
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Applications] SET [ApplicantPostcodeKey] = [PostcodeKey]')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Hand-written: online third-party applications go back to the old shape (the victim's name as the applicant's).
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [Applications] SET [ApplicantName] = [VictimName], [VictimName] = [ApplicantName] WHERE [IsThirdParty] = CAST(1 AS bit) AND [VictimName] IS NOT NULL AND [Channel] = N''Online''')
                """);

            migrationBuilder.DropIndex(
                name: "IX_Applications_ApplicantPostcodeKey",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_VictimEmailKey",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_VictimPhoneKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApplicantPostcodeKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ThirdPartyConsentGivenOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ThirdPartyConsentHow",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimAddress",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimAgreesToContact",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimEmail",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimEmailKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimPhone",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimPhoneKey",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "VictimPostcode",
                table: "Applications");

            migrationBuilder.RenameColumn(
                name: "VictimName",
                table: "Applications",
                newName: "ThirdPartyName");
        }
    }
}
