using System.Text.Json.Nodes;
using Knowledge.Cms.Common;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Elasticsearch;

/// <summary>
/// The <c>_search</c> body for a <see cref="SearchQuery"/>, mirroring the Lucene query: the best field per term with the
/// title boosted, a fuzzy variant at a lower weight, sloppy phrase bonuses, synonym expansions requiring all their
/// words, and every visibility rule in <c>bool.filter</c>. User text only ever appears as a JSON string value of
/// match-type queries, never in query-string syntax.
/// </summary>
public static class ElasticsearchQueries
{
    public static JsonObject Search(SearchQuery query, SearchOptions options)
    {
        IReadOnlyList<string> families = query.Locale is null ? SearchLanguages.Families : [SearchLanguages.FamilyOf(query.Locale)];
        var should = new JsonArray();
        foreach (var family in families)
        {
            should.Add(Text(family, query.Text, options, 1f, expansion: false));
            foreach (var expansion in query.Expansions) should.Add(Text(family, expansion, options, options.ExpansionBoost, expansion: true));
        }
        var body = new JsonObject
        {
            ["from"] = query.Offset,
            ["size"] = query.Limit,
            ["track_total_hits"] = true,
            ["_source"] = new JsonArray(F.Id, F.EntityId, F.Locale),
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject { ["should"] = should, ["minimum_should_match"] = 1, ["filter"] = Filters(query) },
            },
        };
        if (query.WithFacets)
        {
            var aggs = new JsonObject();
            foreach (var field in F.Facets) aggs[field] = new JsonObject { ["terms"] = new JsonObject { ["field"] = field, ["size"] = 20 } };
            body["aggs"] = aggs;
        }
        if (query.WithHighlights)
        {
            var fields = new JsonObject();
            foreach (var family in families)
            {
                fields[F.Title(family)] = new JsonObject { ["number_of_fragments"] = 0 };
                fields[F.Body(family)] = new JsonObject { ["fragment_size"] = 200, ["number_of_fragments"] = 1 };
            }
            body["highlight"] = new JsonObject
            {
                ["pre_tags"] = new JsonArray("<mark>"), ["post_tags"] = new JsonArray("</mark>"), ["encoder"] = "html", ["fields"] = fields,
            };
        }
        if (query.WithSuggestion)
        {
            body["suggest"] = new JsonObject
            {
                ["text"] = query.Text,
                ["spelling"] = new JsonObject
                {
                    ["term"] = new JsonObject { ["field"] = F.Spell, ["suggest_mode"] = "missing", ["size"] = 1, ["min_word_length"] = 3 },
                },
            };
        }
        return body;
    }

    private static JsonObject Text(string family, string text, SearchOptions options, float boost, bool expansion)
    {
        JsonArray Fields() => new(
            $"{F.Title(family)}^{options.TitleBoost.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"{F.Phrasings(family)}^{options.PhrasingsBoost.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            F.Body(family));
        var should = new JsonArray
        {
            new JsonObject
            {
                ["multi_match"] = new JsonObject
                {
                    ["query"] = text, ["fields"] = Fields(), ["type"] = "best_fields", ["tie_breaker"] = 0.1,
                    ["operator"] = expansion ? "and" : "or",
                },
            },
        };
        if (!expansion)
        {
            if (family is not (SearchLanguages.Cjk or "th"))
            {
                should.Add(new JsonObject
                {
                    ["multi_match"] = new JsonObject
                    {
                        ["query"] = text, ["fields"] = Fields(), ["type"] = "best_fields", ["fuzziness"] = "AUTO:5,8", ["prefix_length"] = 2,
                        ["max_expansions"] = 16, ["boost"] = options.FuzzyBoost,
                    },
                });
            }
            should.Add(Phrase(F.Title(family), text, 2, options.TitleBoost * 0.5f));
        }
        return new JsonObject { ["bool"] = new JsonObject { ["should"] = should, ["boost"] = boost } };
    }

    private static JsonObject Phrase(string field, string text, int slop, float boost) => new()
    {
        ["match_phrase"] = new JsonObject { [field] = new JsonObject { ["query"] = text, ["slop"] = slop, ["boost"] = boost } },
    };

    private static JsonArray Filters(SearchQuery query)
    {
        var filters = new JsonArray { Term(F.Type, query.Type == SearchDocumentType.Ticket ? "ticket" : "content") };
        if (query.Locale is not null) filters.Add(Term(F.Language, Locales.Language(query.Locale)));
        else if (query.Type == SearchDocumentType.Content) filters.Add(Term(F.Source, "1"));
        AddTerms(filters, F.Kind, query.Kinds);
        AddTerms(filters, F.Category, query.Categories);
        AddTerms(filters, F.Locale, query.Locales);
        AddTerms(filters, F.Tags, query.Tags);
        // An empty audience list is an explicit "nothing", kept as an empty terms filter that matches no document.
        if (query.Audiences is not null) filters.Add(Terms(F.Audience, query.Audiences));
        if (query.PublishedOnly) filters.Add(Term(F.Published, "1"));
        if (query.AllowedLocales.Count > 0)
        {
            filters.Add(new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["should"] = new JsonArray(Terms(F.Locale, query.AllowedLocales), Terms(F.Language, query.AllowedLocales)),
                    ["minimum_should_match"] = 1,
                },
            });
        }
        return filters;
    }

    private static void AddTerms(JsonArray filters, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0) filters.Add(Terms(field, values));
    }

    private static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject Terms(string field, IReadOnlyList<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) } };
}
