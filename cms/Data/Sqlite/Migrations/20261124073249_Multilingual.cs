using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Knowledge.Cms.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Multilingual : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GlossaryEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    SourceTerm = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Translation = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    CaseSensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GlossaryEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketTextTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<int>(type: "INTEGER", nullable: true),
                    Part = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BackTranslation = table.Column<string>(type: "TEXT", nullable: true),
                    QualityScore = table.Column<double>(type: "REAL", nullable: true),
                    Formality = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketTextTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketTextTranslations_TicketMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "TicketMessages",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_TicketTextTranslations_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TranslationReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RevisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    SourceRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    GlossaryViolations = table.Column<string>(type: "TEXT", nullable: false),
                    StructureDifferences = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false),
                    TranslatedParagraphs = table.Column<string>(type: "TEXT", nullable: false),
                    PendingParagraphs = table.Column<string>(type: "TEXT", nullable: false),
                    KeptParagraphs = table.Column<int>(type: "INTEGER", nullable: false),
                    BackTranslationScore = table.Column<double>(type: "REAL", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TranslationReports_ContentRevisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "ContentRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryEntries_Locale_SourceTerm",
                table: "GlossaryEntries",
                columns: new[] { "Locale", "SourceTerm" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TicketTextTranslations_MessageId",
                table: "TicketTextTranslations",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_TicketTextTranslations_TicketId_Locale",
                table: "TicketTextTranslations",
                columns: new[] { "TicketId", "Locale" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationReports_ItemId_Locale",
                table: "TranslationReports",
                columns: new[] { "ItemId", "Locale" });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationReports_RevisionId",
                table: "TranslationReports",
                column: "RevisionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GlossaryEntries");

            migrationBuilder.DropTable(
                name: "TicketTextTranslations");

            migrationBuilder.DropTable(
                name: "TranslationReports");
        }
    }
}
