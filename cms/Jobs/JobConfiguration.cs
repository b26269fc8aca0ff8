using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Jobs;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.Property(j => j.Kind).HasMaxLength(60);
        builder.Property(j => j.Error).HasMaxLength(2000);
        builder.Property(j => j.RequestedBy).HasMaxLength(200);
        builder.HasIndex(j => new { j.Status, j.Id });
    }
}
