using System.Text.Json;
using System.Text.Json.Serialization;

namespace Knowledge.Cms.Data.Demo;

/// <summary>The demo's hand-written texts, embedded as JSON resources (Data/Demo/Content).</summary>
internal sealed class DemoContent
{
    public static readonly string[] TicketLanguages = ["en", "de", "fr", "es", "ja", "zh"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public required TaxonomyFile Taxonomy { get; init; }
    public required IReadOnlyDictionary<string, TicketFile> Tickets { get; init; }
    public required IReadOnlyList<ContentEntry> Articles { get; init; }
    public required IReadOnlyList<ContentEntry> Faqs { get; init; }

    public static DemoContent Load() => new()
    {
        Taxonomy = Read<TaxonomyFile>("taxonomy.json"),
        Tickets = TicketLanguages.ToDictionary(l => l, l => Read<TicketFile>($"tickets.{l}.json")),
        Articles = Read<List<ContentEntry>>("articles.json"),
        Faqs = Read<List<ContentEntry>>("faqs.json"),
    };

    private static T Read<T>(string name)
    {
        using var stream = typeof(DemoContent).Assembly.GetManifestResourceStream("Knowledge.Cms.Demo." + name)
                           ?? throw new InvalidOperationException($"Demo resource '{name}' is missing from the assembly.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Demo resource '{name}' is empty.");
    }

    public sealed record TaxonomyFile(List<TeamEntry> Teams, List<CategoryEntry> Categories);

    public sealed record TeamEntry(string Slug, string Name, string? Description, List<string>? Skills);

    public sealed record CategoryEntry(string Slug, string Name, string? Description, List<SubcategoryEntry> Subcategories);

    public sealed record SubcategoryEntry(string Slug, string Name, string? Description, List<IssueTypeEntry> IssueTypes);

    public sealed record IssueTypeEntry(
        string Slug, string Name, string? Description, string Team, string DefaultPriority, string Severity,
        string? ProductArea, bool AutoResolvable, List<string>? ExamplePhrases);

    public sealed record TicketFile(
        string Language,
        Dictionary<string, List<TicketTemplate>> IssueTypes,
        Dictionary<string, List<string>> CustomerFollowUps,
        List<string> AgentReplies,
        List<string> InternalNotes);

    public sealed record TicketTemplate(string Subject, string Body, string Emotion, string Severity, List<string>? MissingInfo);

    /// <summary>An article or FAQ with its locales. FAQs use question/answer, articles title/body.</summary>
    public sealed record ContentEntry(
        string Slug, string? Kind, string? Audience, string? Category, List<string>? IssueTypes, List<string>? Tags,
        string? ProductArea, string? SourceLocale, Dictionary<string, LocaleEntry> Locales);

    public sealed record LocaleEntry(
        string Slug, string? Title, string? Question, string? Summary, string? Body, string? Answer, List<string>? AlternativePhrasings);
}
