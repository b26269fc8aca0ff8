using Knowledge.Cms.Accounts;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Tickets;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>, IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.Property(t => t.Subject).HasMaxLength(TicketLimits.SubjectMaxLength);
        builder.Property(t => t.Language).HasMaxLength(35);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(t => t.RequesterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<IssueType>().WithMany().HasForeignKey(t => t.IssueTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.CreatedAt);
        builder.HasIndex(t => new { t.Status, t.Priority });
        builder.HasIndex(t => t.AccountId);
        builder.HasIndex(t => t.TeamId);
        builder.HasIndex(t => t.AssigneeId);
        builder.HasIndex(t => t.IssueTypeId);
    }

    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.Property(m => m.AuthorName).HasMaxLength(200);
        builder.HasIndex(m => new { m.TicketId, m.CreatedAt });
    }
}
