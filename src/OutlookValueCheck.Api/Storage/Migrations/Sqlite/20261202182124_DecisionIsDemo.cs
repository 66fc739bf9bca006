using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionIsDemo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsDemo",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsDemo",
                table: "Decisions");
        }
    }
}
