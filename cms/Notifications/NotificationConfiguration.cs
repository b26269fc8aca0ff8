using Knowledge.Cms.Escalations;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<ScheduledFollowUp>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Ignore(n => n.DeadlineMet);
        builder.Property(n => n.RecipientName).HasMaxLength(200);
        builder.Property(n => n.RecipientEmail).HasMaxLength(254);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(n => n.TicketId).OnDelete(DeleteBehavior.Cascade);
        // Escalations are removed with their ticket, which already removes its notifications.
        builder.HasOne<Escalation>().WithMany().HasForeignKey(n => n.EscalationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(n => n.DeliveredAt);
        builder.HasIndex(n => new { n.RecipientEmail, n.CreatedAt });
        builder.HasIndex(n => n.TicketId);
    }

    public void Configure(EntityTypeBuilder<ScheduledFollowUp> builder)
    {
        builder.ToTable("ScheduledFollowUps");
        builder.HasOne<Ticket>().WithMany().HasForeignKey(f => f.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Escalation>().WithMany().HasForeignKey(f => f.EscalationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(f => new { f.CompletedAt, f.DueAt });
        builder.HasIndex(f => f.TicketId);
    }
}
