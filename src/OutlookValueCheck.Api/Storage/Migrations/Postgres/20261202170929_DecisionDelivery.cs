using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookValueCheck.Api.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Delivery",
                table: "Decisions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageHash",
                table: "Decisions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SentAt",
                table: "Decisions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_TenantId_SellerHash_Delivery",
                table: "Decisions",
                columns: new[] { "TenantId", "SellerHash", "Delivery" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_TenantId_SellerHash_Delivery",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "Delivery",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "MessageHash",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SentAt",
                table: "Decisions");
        }
    }
}
