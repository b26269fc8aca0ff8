namespace Knowledge.Cms.Articles;

/// <summary>Reader feedback and traffic of an article.</summary>
public sealed record ArticleStats(int ItemId, int Views, int Helpful, int NotHelpful)
{
    /// <summary>Share of "helpful" votes; null without votes.</summary>
    public double? HelpfulnessRate => Helpful + NotHelpful == 0 ? null : (double)Helpful / (Helpful + NotHelpful);
}

/// <summary>How a translation stands against its source.</summary>
public sealed record TranslationState(bool IsStale, DateTime? StaleSince, int? SourceRevision, int SourceHeadRevision);

/// <summary>An article due for review, and why.</summary>
public sealed record ReviewDueItem(LocalizedContent Content, IReadOnlyList<string> Reasons, IReadOnlyList<string> DeprecatedLines);
