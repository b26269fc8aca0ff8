using Knowledge.Cms.Data;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Knowledge.Tests.Cms;

[Collection(SeededCollection.Name)]
public sealed class MigrationTests(SeededAppFixture fixture)
{
    [Fact]
    public async Task Should_have_sqlite_migrations_matching_the_model()
    {
        Assert.False(await fixture.App.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            "The model changed without a SQLite migration: dotnet ef migrations add <Name> --project cms --context SqliteKnowledgeDbContext --output-dir Data/Sqlite/Migrations");
        Assert.Empty(await fixture.App.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    [Fact]
    public void Should_have_sql_server_migrations_matching_the_model_and_script_them_without_a_server()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQL Server migration: dotnet ef migrations add <Name> --project cms --context SqlServerKnowledgeDbContext --output-dir Data/SqlServer/Migrations");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Tickets]", script);
        Assert.Contains("[Version] int NOT NULL", script);
    }
}
