using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Knowledge.Cms.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SlaMatrix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "NotificationsPlannedAt",
                table: "Escalations",
                type: "datetime2",
                nullable: true);

            // Escalations from before the notifier are history: mark them planned so the first sweep does not notify them.
            migrationBuilder.Sql("UPDATE Escalations SET NotificationsPlannedAt = CreatedAt;");

            migrationBuilder.CreateTable(
                name: "BusinessCalendars",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    AlwaysOpen = table.Column<bool>(type: "bit", nullable: false),
                    WorkingDays = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OpensAtMinute = table.Column<int>(type: "int", nullable: false),
                    ClosesAtMinute = table.Column<int>(type: "int", nullable: false),
                    Holidays = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BusinessCalendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecipientEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    TicketId = table.Column<int>(type: "int", nullable: false),
                    EscalationId = table.Column<int>(type: "int", nullable: true),
                    AccountId = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueBy = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeliverySeconds = table.Column<double>(type: "float", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Escalations_EscalationId",
                        column: x => x.EscalationId,
                        principalTable: "Escalations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Notifications_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TicketId = table.Column<int>(type: "int", nullable: false),
                    EscalationId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: true),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledFollowUps_Escalations_EscalationId",
                        column: x => x.EscalationId,
                        principalTable: "Escalations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScheduledFollowUps_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketSlas",
                columns: table => new
                {
                    TicketId = table.Column<int>(type: "int", nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CalendarSlug = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    TimeZone = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    BusinessHours = table.Column<bool>(type: "bit", nullable: false),
                    FirstResponseMinutes = table.Column<int>(type: "int", nullable: false),
                    ResolutionMinutes = table.Column<int>(type: "int", nullable: false),
                    FirstResponseDueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolutionDueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FirstResponseWarnAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolutionWarnAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FirstResponseWarnedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstResponseBreachedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResolutionWarnedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResolutionBreachedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketSlas", x => x.TicketId);
                    table.ForeignKey(
                        name: "FK_TicketSlas_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlaPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Tier = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Priority = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FirstResponseMinutes = table.Column<int>(type: "int", nullable: false),
                    ResolutionMinutes = table.Column<int>(type: "int", nullable: false),
                    CalendarId = table.Column<int>(type: "int", nullable: false),
                    RequiredSeniority = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Notify = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaPolicies_BusinessCalendars_CalendarId",
                        column: x => x.CalendarId,
                        principalTable: "BusinessCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_NotificationsPlannedAt",
                table: "Escalations",
                column: "NotificationsPlannedAt");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessCalendars_Slug",
                table: "BusinessCalendars",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DeliveredAt",
                table: "Notifications",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EscalationId",
                table: "Notifications",
                column: "EscalationId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientEmail_CreatedAt",
                table: "Notifications",
                columns: new[] { "RecipientEmail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TicketId",
                table: "Notifications",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledFollowUps_CompletedAt_DueAt",
                table: "ScheduledFollowUps",
                columns: new[] { "CompletedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledFollowUps_EscalationId",
                table: "ScheduledFollowUps",
                column: "EscalationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledFollowUps_TicketId",
                table: "ScheduledFollowUps",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_CalendarId",
                table: "SlaPolicies",
                column: "CalendarId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_Tier_Priority",
                table: "SlaPolicies",
                columns: new[] { "Tier", "Priority" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TicketSlas_FirstResponseWarnAt",
                table: "TicketSlas",
                column: "FirstResponseWarnAt");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSlas_ResolutionWarnAt",
                table: "TicketSlas",
                column: "ResolutionWarnAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "ScheduledFollowUps");

            migrationBuilder.DropTable(
                name: "SlaPolicies");

            migrationBuilder.DropTable(
                name: "TicketSlas");

            migrationBuilder.DropTable(
                name: "BusinessCalendars");

            migrationBuilder.DropIndex(
                name: "IX_Escalations_NotificationsPlannedAt",
                table: "Escalations");

            migrationBuilder.DropColumn(
                name: "NotificationsPlannedAt",
                table: "Escalations");
        }
    }
}
