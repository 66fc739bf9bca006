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
            // ...and the table gets new files holding only the rows as they are now. An UPDATE leaves the old row
            // versions in the files, and VACUUM FULL copies along every old version that a session of another
            // instance (PostgreSQL is the scale-out store) may still see, so neither forgets on a busy server.
            // TRUNCATE replaces the table's and its indexes' files, dropping the old ones at commit; sessions with a
            // snapshot older than the upgrade see the table empty until they begin a new one.
            migrationBuilder.Sql("""
                CREATE TEMP TABLE "DecisionsAsTheyAreNow" ON COMMIT DROP AS SELECT * FROM "Decisions";
                TRUNCATE "Decisions";
                INSERT INTO "Decisions" SELECT * FROM "DecisionsAsTheyAreNow";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Forgotten hashes cannot come back.
        }
    }
}
