using Knowledge.Cms.Articles;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Knowledge.Cms.Translation;

internal sealed class TranslationConfiguration :
    IEntityTypeConfiguration<GlossaryEntry>, IEntityTypeConfiguration<TicketTextTranslation>, IEntityTypeConfiguration<TranslationReport>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> builder)
    {
        builder.ToTable("GlossaryEntries");
        builder.Property(e => e.Locale).HasMaxLength(35);
        builder.Property(e => e.SourceTerm).HasMaxLength(GlossaryService.MaxTermLength);
        builder.Property(e => e.Translation).HasMaxLength(GlossaryService.MaxTermLength);
        builder.Property(e => e.Note).HasMaxLength(GlossaryService.MaxNoteLength);
        builder.HasIndex(e => new { e.Locale, e.SourceTerm }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<TicketTextTranslation> builder)
    {
        builder.ToTable("TicketTextTranslations");
        builder.Property(t => t.Locale).HasMaxLength(35);
        builder.Property(t => t.SourceLanguage).HasMaxLength(35);
        builder.Property(t => t.SourceHash).HasMaxLength(64);
        builder.Property(t => t.Provider).HasMaxLength(120);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(t => t.TicketId).OnDelete(DeleteBehavior.Cascade);
        // Messages cascade with their ticket; a direct cascade as well would be a second path SQL Server refuses.
        builder.HasOne<TicketMessage>().WithMany().HasForeignKey(t => t.MessageId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(t => new { t.TicketId, t.Locale });
        builder.HasIndex(t => t.MessageId);
    }

    public void Configure(EntityTypeBuilder<TranslationReport> builder)
    {
        builder.ToTable("TranslationReports");
        builder.Property(r => r.Locale).HasMaxLength(35);
        builder.Property(r => r.Provider).HasMaxLength(120);
        builder.Property(r => r.State).HasMaxLength(32);
        builder.Property(r => r.Mode).HasMaxLength(16);
        builder.HasOne<ContentRevision>().WithMany().HasForeignKey(r => r.RevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.RevisionId).IsUnique();
        builder.HasIndex(r => new { r.ItemId, r.Locale });
    }
}
