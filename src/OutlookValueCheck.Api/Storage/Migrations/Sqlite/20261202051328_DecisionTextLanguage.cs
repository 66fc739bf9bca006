using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionTextLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "TextChecked",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                // Rows from before the language was recorded were all read (the English judge read every mail).
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "TextLanguage",
                table: "Decisions",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextChecked",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "TextLanguage",
                table: "Decisions");
        }
    }
}
