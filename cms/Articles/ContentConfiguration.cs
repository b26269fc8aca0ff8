using Knowledge.Cms.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Articles;

internal sealed class ContentConfiguration :
    IEntityTypeConfiguration<ContentItem>, IEntityTypeConfiguration<ContentVariant>, IEntityTypeConfiguration<ContentRevision>
{
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
