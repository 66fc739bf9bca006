using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ForgetTenantKeyedAddressHashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every row so far was hashed with its tenant ID as the key, which is stored beside it: whoever holds the
            // database can reverse them by hashing guessed addresses. Without the addresses they cannot be re-keyed,
            // so they are forgotten (codes, verdicts, teams and outcomes stay for the reports)...
            migrationBuilder.Sql("UPDATE \"Decisions\" SET \"SellerHash\" = NULL, \"RecipientHashes\" = NULL WHERE \"HashKeyId\" IS NULL;");
            // ...and the table is rewritten, so that the old row versions an UPDATE leaves behind do not keep them in
            // its files until the space happens to be reused.
            migrationBuilder.Sql("VACUUM FULL \"Decisions\";", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Forgotten hashes cannot come back.
        }
    }
}
