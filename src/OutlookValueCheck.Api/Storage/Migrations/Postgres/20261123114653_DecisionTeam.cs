using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionTeam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Decisions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Team",
                table: "Decisions");
        }
    }
}
