using System.Text.Json.Nodes;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Elasticsearch;

/// <summary>
/// The index template: the same fields as the Lucene engine, each language family analysed by Elasticsearch's built-in
/// analyzer of the same intent (stemming + stop words; <c>cjk</c> bigrams; <c>thai</c> word segmentation; <c>standard</c>
/// otherwise; Turkish truncated to five letters after stop words, as in Lucene). Polish has no built-in analyzer without
/// the Stempel plugin, so like Lucene it falls to standard.
/// </summary>
public static class ElasticsearchMappings
{
    private static readonly Dictionary<string, string> Analyzers = new()
    {
        ["en"] = "english", ["de"] = "german", ["fr"] = "french", ["es"] = "spanish", ["pt"] = "portuguese", ["it"] = "italian",
        ["nl"] = "dutch", ["ru"] = "russian", ["ar"] = "arabic", ["tr"] = "knowledge_turkish", ["el"] = "greek", ["hi"] = "hindi",
        ["sv"] = "swedish", ["da"] = "danish", ["no"] = "norwegian", ["fi"] = "finnish", ["hu"] = "hungarian", ["ro"] = "romanian",
        ["cs"] = "czech", ["fa"] = "persian", ["id"] = "indonesian", ["bg"] = "bulgarian", ["ca"] = "catalan",
        [SearchLanguages.Cjk] = "cjk", ["th"] = "thai", [SearchLanguages.Standard] = "standard",
    };

    public static string AnalyzerOf(string family) => Analyzers.GetValueOrDefault(family, "standard");

    public static JsonObject IndexTemplate(string prefix, SearchOptions options)
    {
        var properties = new JsonObject();
        foreach (var keyword in new[] { F.Id, F.Entity, F.Type, F.Locale, F.Language, F.Source, F.Kind, F.Category, F.Tags, F.Audience, F.Published })
            properties[keyword] = new JsonObject { ["type"] = "keyword" };
        properties[F.EntityId] = new JsonObject { ["type"] = "integer" };
        properties[F.StoredTitle] = new JsonObject { ["type"] = "text", ["index"] = false };
        properties[F.StoredBody] = new JsonObject { ["type"] = "text", ["index"] = false };
        properties[F.Spell] = new JsonObject { ["type"] = "text", ["analyzer"] = "standard" };
        foreach (var family in SearchLanguages.Families)
        {
            var analyzed = new JsonObject { ["type"] = "text", ["analyzer"] = AnalyzerOf(family), ["similarity"] = "knowledge_bm25" };
            properties[F.Title(family)] = analyzed.DeepClone();
            properties[F.Body(family)] = analyzed.DeepClone();
            properties[F.Phrasings(family)] = analyzed.DeepClone();
        }
        return new JsonObject
        {
            ["index_patterns"] = new JsonArray(prefix + "-*"),
            ["template"] = new JsonObject
            {
                ["settings"] = new JsonObject
                {
                    ["number_of_shards"] = 1,
                    ["analysis"] = new JsonObject
                    {
                        ["filter"] = new JsonObject
                        {
                            ["knowledge_turkish_lowercase"] = new JsonObject { ["type"] = "lowercase", ["language"] = "turkish" },
                            ["knowledge_turkish_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_turkish_" },
                            ["knowledge_truncate5"] = new JsonObject { ["type"] = "truncate", ["length"] = 5 },
                        },
                        ["analyzer"] = new JsonObject
                        {
                            ["knowledge_turkish"] = new JsonObject
                            {
                                ["type"] = "custom", ["tokenizer"] = "standard",
                                ["filter"] = new JsonArray("apostrophe", "knowledge_turkish_lowercase", "knowledge_turkish_stop", "knowledge_truncate5"),
                            },
                        },
                    },
                    ["similarity"] = new JsonObject
                    {
                        ["knowledge_bm25"] = new JsonObject { ["type"] = "BM25", ["k1"] = options.K1, ["b"] = options.B },
                    },
                },
                ["mappings"] = new JsonObject { ["dynamic"] = "strict", ["properties"] = properties },
            },
        };
    }

    /// <summary>A document as indexed: the same fields the Lucene mapper writes.</summary>
    public static JsonObject Document(SearchDocument document)
    {
        var family = SearchLanguages.FamilyOf(document.Locale);
        var json = new JsonObject
        {
            [F.Id] = document.Id,
            [F.Entity] = document.EntityKey,
            [F.EntityId] = document.EntityId,
            [F.Type] = document.Type == SearchDocumentType.Ticket ? "ticket" : "content",
            [F.Locale] = document.Locale,
            [F.Language] = Common.Locales.Language(document.Locale),
            [F.Source] = document.IsSource ? "1" : "0",
            [F.Published] = document.Published ? "1" : "0",
            [F.StoredTitle] = document.Title,
            [F.StoredBody] = document.Body,
            [F.Title(family)] = document.Title,
            [F.Body(family)] = document.Body,
            [F.Phrasings(family)] = new JsonArray(document.Phrasings.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            [F.Tags] = new JsonArray(document.Tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        };
        if (document.Kind is not null) json[F.Kind] = document.Kind;
        if (document.Category is not null) json[F.Category] = document.Category;
        if (document.Audience is not null) json[F.Audience] = document.Audience;
        if (document.Published && document.Audience == "PUBLIC") json[F.Spell] = document.Title + "\n" + document.Body;
        return json;
    }
}
