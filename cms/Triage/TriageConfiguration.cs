using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Triage;

internal sealed class TriageConfiguration :
    IEntityTypeConfiguration<ModelVersion>, IEntityTypeConfiguration<TicketTriage>,
    IEntityTypeConfiguration<TriageCorrection>, IEntityTypeConfiguration<TriageState>
{
    public void Configure(EntityTypeBuilder<ModelVersion> builder)
    {
        builder.Property(m => m.Trainer).HasMaxLength(32);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.Notes).HasMaxLength(2000);
        builder.HasIndex(m => new { m.Kind, m.Number }).IsUnique();
        builder.Ignore(m => m.Label);
    }

    public void Configure(EntityTypeBuilder<TicketTriage> builder)
    {
        builder.Property(t => t.ModelVersion).HasMaxLength(60);
        builder.HasOne(t => t.Ticket).WithMany().HasForeignKey(t => t.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.TicketId).IsUnique();
        builder.HasIndex(t => t.CreatedAt);
    }

    public void Configure(EntityTypeBuilder<TriageCorrection> builder)
    {
        builder.Property(c => c.AgentName).HasMaxLength(200);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.TicketId);
    }

    public void Configure(EntityTypeBuilder<TriageState> builder)
    {
        builder.Property(s => s.Reason).HasMaxLength(500);
    }
}
