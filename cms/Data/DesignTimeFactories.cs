using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Knowledge.Cms.Data;

// `dotnet ef` builds each provider's context from these, without the host and without a server:
//   dotnet ef migrations add X --project cms --context SqliteKnowledgeDbContext --output-dir Data/Sqlite/Migrations
//   dotnet ef migrations script --project cms --context SqlServerKnowledgeDbContext --idempotent

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKnowledgeDbContext>
{
    public SqliteKnowledgeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKnowledgeDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKnowledgeDbContext>
{
    public SqlServerKnowledgeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerKnowledgeDbContext>()
            .UseSqlServer("Server=localhost;Database=Knowledge;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
