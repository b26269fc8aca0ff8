using System.Globalization;
using System.Text;
using Knowledge.Cms.Search;

namespace Knowledge.Benchmarks;

/// <summary>
/// Deterministic synthetic knowledge articles: a support vocabulary plus pseudo-words drawn with a Zipf distribution
/// (like real text, a few words are everywhere and most are rare), titles of 4–9 words, bodies of 120–360 words.
/// </summary>
internal sealed class SearchCorpusGenerator
{
    private static readonly string[] Seed =
    [
        "password", "reset", "account", "login", "sign", "invoice", "billing", "refund", "workspace", "project", "export", "import",
        "calendar", "sync", "mobile", "app", "notification", "email", "integration", "webhook", "api", "token", "permission", "role",
        "admin", "user", "team", "guest", "storage", "upload", "download", "file", "folder", "share", "link", "error", "timeout",
        "slow", "crash", "update", "version", "browser", "security", "two-factor", "authentication", "sso", "domain", "plan", "upgrade",
        "downgrade", "cancel", "subscription", "payment", "card", "tax", "receipt", "report", "dashboard", "chart", "filter", "search",
    ];

    private readonly string[] vocabulary;
    private readonly double[] cumulative;

    public SearchCorpusGenerator(int vocabularySize = 20_000)
    {
        var random = new Random(7);
        var syllables = new[] { "ka", "lo", "mi", "ne", "tu", "ra", "si", "po", "de", "an", "er", "in", "or", "us", "el", "ti", "va", "qu", "br", "st" };
        var words = new List<string>(Seed);
        var seen = new HashSet<string>(Seed);
        while (words.Count < vocabularySize)
        {
            var builder = new StringBuilder();
            for (var i = random.Next(2, 5); i > 0; i--) builder.Append(syllables[random.Next(syllables.Length)]);
            if (seen.Add(builder.ToString())) words.Add(builder.ToString());
        }
        vocabulary = words.ToArray();
        cumulative = new double[vocabulary.Length];
        var total = 0.0;
        for (var i = 0; i < vocabulary.Length; i++) cumulative[i] = total += 1.0 / Math.Pow(i + 1, 1.05);
        for (var i = 0; i < cumulative.Length; i++) cumulative[i] /= total;
    }

    public string Word(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return vocabulary[index < 0 ? Math.Min(~index, vocabulary.Length - 1) : index];
    }

    public string Words(Random random, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Word(random)));

    public IEnumerable<EntityDocuments> Documents(int count)
    {
        var random = new Random(11);
        string[] kinds = ["ARTICLE", "FAQ", "TROUBLESHOOTING_GUIDE", "QUICK_START"];
        string[] categories = ["account-access", "billing", "integrations", "mobile", "security", "data"];
        for (var id = 1; id <= count; id++)
        {
            var document = new SearchDocument
            {
                Id = "content:" + id.ToString(CultureInfo.InvariantCulture) + ":en",
                Type = SearchDocumentType.Content,
                EntityId = id,
                Locale = "en",
                Title = Words(random, random.Next(4, 10)),
                Body = Words(random, random.Next(120, 361)),
                Kind = kinds[random.Next(kinds.Length)],
                Category = categories[random.Next(categories.Length)],
                Tags = [Seed[random.Next(Seed.Length)], Seed[random.Next(Seed.Length)]],
                Audience = random.Next(10) == 0 ? "INTERNAL" : "PUBLIC",
                Published = true,
                UpdatedAt = DateTime.UtcNow,
            };
            yield return new EntityDocuments(SearchDocumentType.Content, id, [document]);
        }
    }
}
