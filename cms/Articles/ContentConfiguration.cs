using Knowledge.Cms.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Articles;

internal sealed class ContentConfiguration :
    IEntityTypeConfiguration<ContentItem>, IEntityTypeConfiguration<ContentVariant>, IEntityTypeConfiguration<ContentRevision>,
    IEntityTypeConfiguration<SlugHistoryEntry>, IEntityTypeConfiguration<ArticleRating>, IEntityTypeConfiguration<ArticleViewDay>,
    IEntityTypeConfiguration<DeprecatedTerm>
{
    public void Configure(EntityTypeBuilder<SlugHistoryEntry> builder)
    {
        builder.Property(h => h.Locale).HasMaxLength(35);
        builder.Property(h => h.Slug).HasMaxLength(120);
        builder.HasIndex(h => new { h.Locale, h.Slug });
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(h => h.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ArticleRating> builder)
    {
        builder.Property(r => r.Locale).HasMaxLength(35);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.RaterKind).HasMaxLength(20);
        builder.HasIndex(r => new { r.ItemId, r.CreatedAt });
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ArticleViewDay> builder)
    {
        builder.Property(v => v.Locale).HasMaxLength(35);
        builder.HasIndex(v => new { v.ItemId, v.Locale, v.Day }).IsUnique();
        builder.HasIndex(v => v.Day);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DeprecatedTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(120);
        builder.Property(t => t.Replacement).HasMaxLength(120);
        builder.HasIndex(t => t.Term).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.Property(i => i.SourceLocale).HasMaxLength(35);
        builder.Property(i => i.ProductArea).HasMaxLength(80);
        builder.HasOne<Category>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Variants).WithOne(v => v.Item).HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.Kind, i.Audience });
    }

    public void Configure(EntityTypeBuilder<ContentVariant> builder)
    {
        builder.Property(v => v.Locale).HasMaxLength(35);
        builder.Property(v => v.Slug).HasMaxLength(120);
        builder.HasIndex(v => new { v.Locale, v.Slug }).IsUnique();
        builder.HasIndex(v => new { v.ItemId, v.Locale }).IsUnique();
        builder.HasMany(v => v.Revisions).WithOne().HasForeignKey(r => r.VariantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Summary).HasMaxLength(1000);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.ChangeNote).HasMaxLength(500);
        builder.HasIndex(r => new { r.VariantId, r.Number }).IsUnique();
    }
}
