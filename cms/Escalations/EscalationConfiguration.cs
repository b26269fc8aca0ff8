using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Escalations;

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.HasOne(e => e.Ticket).WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.TicketId);
        builder.Property(e => e.AcknowledgedBy).HasMaxLength(200);
        builder.HasIndex(e => e.CreatedAt);
        builder.HasIndex(e => e.NotificationsPlannedAt);
    }
}
