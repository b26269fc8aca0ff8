using Knowledge.Cms.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Churn;

internal sealed class ChurnConfiguration : IEntityTypeConfiguration<AccountActivityDay>, IEntityTypeConfiguration<ChurnAssessment>
{
    public void Configure(EntityTypeBuilder<AccountActivityDay> builder)
    {
        builder.HasIndex(a => new { a.AccountId, a.Day }).IsUnique();
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ChurnAssessment> builder)
    {
        builder.Property(a => a.Play).HasMaxLength(500);
        builder.Property(a => a.Driver).HasMaxLength(40);
        builder.Property(a => a.Source).HasMaxLength(20);
        builder.HasIndex(a => new { a.AccountId, a.ComputedAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
