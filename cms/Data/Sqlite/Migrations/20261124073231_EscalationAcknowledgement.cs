using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Knowledge.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EscalationAcknowledgement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedBy",
                table: "Escalations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcknowledgedBy",
                table: "Escalations");
        }
    }
}
