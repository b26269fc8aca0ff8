using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Search;

internal sealed class SearchConfiguration : IEntityTypeConfiguration<SynonymSet>, IEntityTypeConfiguration<SearchQueryLog>
{
    public void Configure(EntityTypeBuilder<SynonymSet> builder)
    {
        builder.Property(s => s.Locale).HasMaxLength(35);
    }

    public void Configure(EntityTypeBuilder<SearchQueryLog> builder)
    {
        builder.Property(l => l.Text).HasMaxLength(200);
        builder.Property(l => l.NormalizedText).HasMaxLength(200);
        builder.Property(l => l.Locale).HasMaxLength(35);
        builder.Property(l => l.Scope).HasMaxLength(16);
        builder.Property(l => l.CallerKind).HasMaxLength(16);
        builder.HasIndex(l => l.At);
    }
}
