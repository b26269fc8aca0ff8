using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Knowledge.Cms.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TranslationState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TranslationState",
                table: "ContentRevisions",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TranslationState",
                table: "ContentRevisions");
        }
    }
}
