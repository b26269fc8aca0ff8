namespace Knowledge.Cms.Search;

/// <summary>
/// One searchable text in one locale: a content variant or a ticket. Filter fields (audience, published, kind…) are
/// what the engines filter on inside the query.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Unique key, e.g. <c>content:12:de</c>.</summary>
    public required string Id { get; init; }
    public required SearchDocumentType Type { get; init; }
    public required int EntityId { get; init; }
    /// <summary>Normalised locale tag of the text (e.g. <c>pt-BR</c>).</summary>
    public required string Locale { get; init; }
    /// <summary>True when this locale is the item's source locale (used to show one variant per item).</summary>
    public bool IsSource { get; init; } = true;
    public required string Title { get; init; }
    /// <summary>Plain text (Markdown stripped).</summary>
    public required string Body { get; init; }
    /// <summary>Alternative phrasings: indexed as their own boosted field.</summary>
    public IReadOnlyList<string> Phrasings { get; init; } = [];
    public string? Kind { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Audience { get; init; }
    public bool Published { get; init; }
    public DateTime UpdatedAt { get; init; }

    public string EntityKey => EntityKeyOf(Type, EntityId);

    public static string EntityKeyOf(SearchDocumentType type, int entityId) =>
        (type == SearchDocumentType.Ticket ? "ticket:" : "content:") + entityId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a search document stands for.</summary>
public enum SearchDocumentType
{
    Content,
    Ticket,
}

/// <summary>The complete set of documents of one entity (empty: the entity leaves the index).</summary>
public sealed record EntityDocuments(SearchDocumentType Type, int EntityId, IReadOnlyList<SearchDocument> Documents)
{
    public string EntityKey => SearchDocument.EntityKeyOf(Type, EntityId);
}
