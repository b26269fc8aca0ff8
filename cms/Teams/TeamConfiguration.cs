using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Teams;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>, IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(80);
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.HasIndex(t => t.Slug).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.TimeZone).HasMaxLength(60);
        builder.HasIndex(a => a.Email).IsUnique();
        builder.HasOne(a => a.Team).WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
