using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Data;

/// <summary>The embedded default. Migrations in <c>Data/Sqlite/Migrations</c>.</summary>
internal sealed class SqliteKnowledgeDbContext(DbContextOptions<SqliteKnowledgeDbContext> options) : KnowledgeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite stores decimals as text and cannot compare or sort them; money is kept as REAL there.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
