using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Accounts;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>, IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Domain).HasMaxLength(200);
        builder.Property(a => a.CsmOwner).HasMaxLength(200);
        builder.Property(a => a.CsmEmail).HasMaxLength(254);
        builder.Property(a => a.Region).HasMaxLength(60);
        builder.Property(a => a.TimeZone).HasMaxLength(60);
        builder.Property(a => a.Arr).HasPrecision(18, 2);
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => a.Tier);
        builder.HasIndex(a => a.RenewalDate);
        builder.HasMany(a => a.Contacts).WithOne(c => c.Account).HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Title).HasMaxLength(120);
        builder.Property(c => c.PreferredLocale).HasMaxLength(35);
        builder.HasIndex(c => c.Email).IsUnique();
    }
}
