using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Data;

/// <summary>Production database. Migrations in <c>Data/SqlServer/Migrations</c>.</summary>
internal sealed class SqlServerKnowledgeDbContext(DbContextOptions<SqlServerKnowledgeDbContext> options) : KnowledgeDbContext(options);
