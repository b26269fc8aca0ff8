using Knowledge.Cms.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Taxonomy;

internal sealed class TaxonomyConfiguration :
    IEntityTypeConfiguration<Category>, IEntityTypeConfiguration<Subcategory>, IEntityTypeConfiguration<IssueType>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasMany(c => c.Subcategories).WithOne(s => s.Category).HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Subcategory> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Name).HasMaxLength(120);
        builder.HasIndex(c => new { c.CategoryId, c.Slug }).IsUnique();
        builder.HasMany(s => s.IssueTypes).WithOne(i => i.Subcategory).HasForeignKey(i => i.SubcategoryId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<IssueType> builder)
    {
        builder.Property(c => c.Slug).HasMaxLength(80);
        builder.Property(c => c.Name).HasMaxLength(160);
        builder.Property(c => c.ProductArea).HasMaxLength(80);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasOne<Team>().WithMany().HasForeignKey(i => i.OwningTeamId).OnDelete(DeleteBehavior.SetNull);
    }
}
