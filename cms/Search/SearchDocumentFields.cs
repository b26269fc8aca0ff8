namespace Knowledge.Cms.Search;

/// <summary>Field names shared by both engines (Elasticsearch mappings mirror them).</summary>
public static class SearchDocumentFields
{
    public const string Id = "id";
    public const string Entity = "entity";
    public const string EntityId = "entity_id";
    public const string Type = "type";
    public const string Locale = "locale";
    public const string Language = "lang";
    public const string Source = "source";
    public const string Kind = "kind";
    public const string Category = "category";
    public const string Tags = "tags";
    public const string Audience = "audience";
    public const string Published = "published";
    public const string StoredTitle = "title";
    public const string StoredBody = "body";
    /// <summary>Unstemmed words of public published text: the vocabulary of "did you mean".</summary>
    public const string Spell = "spell";

    public static string Title(string family) => "title_" + family;
    public static string Body(string family) => "body_" + family;
    public static string Phrasings(string family) => "alt_" + family;

    /// <summary>The facet fields, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Facets = [Kind, Category, Locale, Tags];
}
