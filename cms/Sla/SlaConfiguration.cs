using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Sla;

internal sealed class SlaConfiguration : IEntityTypeConfiguration<BusinessCalendar>, IEntityTypeConfiguration<SlaPolicy>, IEntityTypeConfiguration<TicketSla>
{
    public void Configure(EntityTypeBuilder<BusinessCalendar> builder)
    {
        builder.ToTable("BusinessCalendars");
        builder.Property(c => c.Slug).HasMaxLength(60);
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.Property(c => c.TimeZone).HasMaxLength(60);
        builder.HasIndex(c => c.Slug).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("SlaPolicies");
        builder.Property(p => p.UpdatedBy).HasMaxLength(200);
        builder.HasOne(p => p.Calendar).WithMany().HasForeignKey(p => p.CalendarId).OnDelete(DeleteBehavior.Restrict);
        // One row per cell; two instances seeding defaults at once collide here instead of duplicating.
        builder.HasIndex(p => new { p.Tier, p.Priority }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TicketSla> builder)
    {
        builder.ToTable("TicketSlas");
        builder.HasKey(s => s.TicketId);
        builder.HasOne(s => s.Ticket).WithOne().HasForeignKey<TicketSla>(s => s.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.CalendarSlug).HasMaxLength(60);
        builder.Property(s => s.TimeZone).HasMaxLength(60);
        builder.HasIndex(s => s.FirstResponseWarnAt);
        builder.HasIndex(s => s.ResolutionWarnAt);
    }
}
