using Knowledge.Cms.Articles;
using Knowledge.Cms.Events;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Search;

/// <summary>The outbox guarantees: a change committed but not yet indexed survives a crash and is indexed after restart.</summary>
public sealed class SearchDurabilityTests
{
    private const string Query = "query($q: String!) { search(query: $q, locale: \"en\") { totalCount edges { node { article { slug } } } } }";

    [Fact]
    public async Task Should_index_a_published_change_after_restart_when_the_process_died_before_indexing_it()
    {
        var directory = KnowledgeApp.NewDataDirectory();
        try
        {
            // First life: the indexer has done its start-up pass and then sleeps for an hour, so the change below is
            // committed with its outbox row but never indexed before the "crash" (disposing the host).
            using (var first = new KnowledgeApp(dataDirectory: directory, settings: new Dictionary<string, string?>
                   {
                       ["Search:Indexer:PollIntervalMilliseconds"] = "3600000",
                   }))
            {
                Assert.Equal(0, await CountAsync(first, "quokkadurability"));
                await PublishDirectlyAsync(first);
                await Task.Delay(300);
                Assert.Equal(0, await CountAsync(first, "quokkadurability"));
                Assert.Equal(1, await first.WithDbAsync(db => db.Outbox.CountAsync(m => m.ProcessedAt == null)));
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            using var second = new KnowledgeApp(dataDirectory: directory);
            var found = 0;
            for (var i = 0; i < 100 && found == 0; i++)
            {
                found = await CountAsync(second, "quokkadurability");
                if (found == 0) await Task.Delay(100);
            }
            Assert.Equal(1, found);
            Assert.Equal(0, await second.WithDbAsync(db => db.Outbox.CountAsync(m => m.ProcessedAt == null)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [Fact]
    public async Task Should_keep_answering_and_find_new_content_when_the_index_is_rebuilt()
    {
        using var app = new KnowledgeApp();
        Assert.True(await CountAsync(app, "password") > 0);

        var job = (await app.Client().QueryAsync("mutation { rebuildSearchIndex { job { id kind status } } }"))
            .GetProperty("rebuildSearchIndex").GetProperty("job");
        Assert.Equal("search.rebuild", job.GetProperty("kind").GetString());

        string? status = null;
        for (var i = 0; i < 200 && status != "SUCCEEDED"; i++)
        {
            Assert.True(await CountAsync(app, "password") > 0);
            var data = await app.Client().QueryAsync("{ searchIndexStatus { healthy documents pendingChanges lastRebuild { status error } } }");
            status = data.GetProperty("searchIndexStatus").GetProperty("lastRebuild").GetProperty("status").GetString();
            if (status != "SUCCEEDED") await Task.Delay(50);
        }
        Assert.Equal("SUCCEEDED", status);
        Assert.True(await CountAsync(app, "password") > 0);
    }

    private static async Task<int> CountAsync(KnowledgeApp app, string q)
    {
        var data = await app.Anonymous().QueryAsync(Query, new { q });
        return data.GetProperty("search").GetProperty("totalCount").GetInt32();
    }

    /// <summary>What the CMS does on publish: the content and its outbox row in one transaction.</summary>
    private static Task PublishDirectlyAsync(KnowledgeApp app) => app.WithDbAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = DateTime.UtcNow;
        var item = new ContentItem
        {
            Kind = ContentKind.Article, Audience = Audience.Public, SourceLocale = "en", CreatedAt = now, UpdatedAt = now,
            Variants =
            [
                new ContentVariant
                {
                    Locale = "en", Slug = "quokka-durability", Status = ContentStatus.Published, CurrentRevision = 1, PublishedRevision = 1,
                    PublishedAt = now, CreatedAt = now, UpdatedAt = now,
                    Revisions = [new ContentRevision { Number = 1, Title = "Quokkadurability checklist", Body = "Survives a crash.", CreatedAt = now }],
                },
            ],
        };
        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        db.Outbox.Add(new OutboxMessage { Topic = OutboxTopics.ContentChanged, EntityId = item.Id, Detail = "en", CreatedAt = now });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    });
}
