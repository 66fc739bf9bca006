using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionDraftKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DraftKeyHash",
                table: "Decisions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_TenantId_DraftKeyHash",
                table: "Decisions",
                columns: new[] { "TenantId", "DraftKeyHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_TenantId_DraftKeyHash",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "DraftKeyHash",
                table: "Decisions");
        }
    }
}
