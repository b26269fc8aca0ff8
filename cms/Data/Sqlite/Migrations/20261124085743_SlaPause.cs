using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Knowledge.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SlaPause : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PausedAt",
                table: "TicketSlas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PausedMinutes",
                table: "TicketSlas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PausedAt",
                table: "TicketSlas");

            migrationBuilder.DropColumn(
                name: "PausedMinutes",
                table: "TicketSlas");
        }
    }
}
