using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Auth;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(120);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.HasIndex(k => k.SecretHash).IsUnique();
    }
}
