using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Sqlite
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
            // ...and the file is rebuilt, so that they linger neither in free pages (those of the table the previous
            // migration rebuilt included) nor in the write-ahead log.
            migrationBuilder.Sql("VACUUM;", suppressTransaction: true);
            migrationBuilder.Sql("PRAGMA wal_checkpoint(TRUNCATE);", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Forgotten hashes cannot come back.
        }
    }
}
