namespace Knowledge.Cms.Articles;

// The article write commands: one-line records, kept together.

/// <summary>A new article (or FAQ, guide) with its first revision in its source locale.</summary>
public sealed record CreateArticleCommand(
    string? Slug, string? Locale, string? Title, string? Body, ContentKind? Kind = null, Audience? Audience = null,
    int? CategoryId = null, string? Summary = null, IReadOnlyList<string>? AlternativePhrasings = null,
    IReadOnlyList<string>? Tags = null, string? ProductArea = null, IReadOnlyList<int>? IssueTypeIds = null, string? ChangeNote = null);

/// <summary>A new revision of one locale; <c>ExpectedRevision</c> is the head the writer started from (0 for a new locale).</summary>
public sealed record SaveDraftCommand(
    int ArticleId, string? Locale, int ExpectedRevision, string? Title = null, string? Body = null, string? Summary = null,
    IReadOnlyList<string>? AlternativePhrasings = null, string? Slug = null, string? ChangeNote = null, string? TranslationState = null);

/// <summary>Publish a revision (default: the head) now or at <c>PublishAt</c>.</summary>
public sealed record PublishCommand(int ArticleId, string? Locale, int? Revision = null, DateTime? PublishAt = null);

/// <summary>A new draft whose text is that of an older revision.</summary>
public sealed record RollbackCommand(int ArticleId, string? Locale, int ToRevision, int? ExpectedRevision = null);

/// <summary>A reader's helpfulness vote.</summary>
public sealed record RateCommand(int ArticleId, string? Locale, bool Helpful, string? Comment = null);
