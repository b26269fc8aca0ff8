using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Markdown;

namespace Knowledge.Schema.Articles;

public sealed class TocEntryGraphType : ObjectGraphType<TocEntry>
{
    public TocEntryGraphType()
    {
        Name = "TocEntry";
        Description = "A heading of the article, for a table of contents.";
        Field(t => t.Title).Description("Heading text.");
        Field(t => t.Anchor).Description("Anchor id of the heading in `html` (link with #anchor).");
        Field(t => t.Level).Description("Heading level, 1–6.");
    }
}

public sealed class ArticleRevisionGraphType : ObjectGraphType<ContentRevision>
{
    public ArticleRevisionGraphType()
    {
        Name = "ArticleRevision";
        Description = "An immutable saved state of one locale of an article. Staff only.";
        Field(r => r.Number).Description("Revision number within the locale (1, 2, 3…).");
        Field(r => r.Title).Description("Title at this revision.");
        Field<NonNullGraphType<StringGraphType>>("markdown").Description("Markdown body at this revision.").Resolve(c => c.Source.Body);
        Field(r => r.Summary, nullable: true).Description("Summary / meta description.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alternativePhrasings").Description("Search synonyms.").Resolve(c => c.Source.AlternativePhrasings);
        Field(r => r.AuthorName, nullable: true).Description("Who saved it (API key name).");
        Field(r => r.ChangeNote, nullable: true).Description("Why it changed.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was saved.").Resolve(c => c.Source.CreatedAt);
        Field(r => r.IsConflict).Description("A concurrent edit that lost the race: kept so no text is lost, never the current draft.");
        Field(r => r.SourceRevision, nullable: true).Description("For translations: the source revision it was translated from.");
    }
}

public sealed class DiffLineGraphType : ObjectGraphType<DiffLine>
{
    public DiffLineGraphType()
    {
        Name = "DiffLine";
        Description = "One line (or paragraph) of a diff.";
        Field<NonNullGraphType<DiffKindGraphType>>("kind").Description("UNCHANGED, ADDED or REMOVED.").Resolve(c => c.Source.Kind);
        Field(d => d.Text).Description("The line.");
    }
}

public sealed class DiffKindGraphType : EnumerationGraphType<DiffKind>
{
    public DiffKindGraphType()
    {
        Name = "DiffKind";
        Description = "How a line changed between two revisions.";
    }
}

public sealed class ArticleStatsGraphType : ObjectGraphType<ArticleStats>
{
    public ArticleStatsGraphType()
    {
        Name = "ArticleStats";
        Description = "Traffic and reader feedback of an article (all locales). Staff only.";
        Field(s => s.Views).Description("Views counted (batched; may lag by the flush interval).");
        Field(s => s.Helpful).Description("\"Helpful\" votes.");
        Field(s => s.NotHelpful).Description("\"Not helpful\" votes.");
        Field(s => s.HelpfulnessRate, nullable: true).Description("Helpful / all votes; null without votes.");
    }
}

public sealed class DeprecatedTermGraphType : ObjectGraphType<DeprecatedTerm>
{
    public DeprecatedTermGraphType()
    {
        Name = "DeprecatedTerm";
        Description = "A term content should no longer use.";
        Field(t => t.Term).Description("The term.");
        Field(t => t.Replacement, nullable: true).Description("What to write instead.");
    }
}

public sealed class ReviewDueItemGraphType : ObjectGraphType<ReviewDueItem>
{
    public ReviewDueItemGraphType()
    {
        Name = "ReviewDueItem";
        Description = "An article that needs an accuracy review, and why.";
        Field<NonNullGraphType<ArticleGraphType>>("article").Description("The article.").Resolve(c => c.Source.Content);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("REVIEW_INTERVAL_PASSED and/or DEPRECATED_TERM.").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("deprecatedLines").Description("Lines mentioning a deprecated term, prefixed with their locale.").Resolve(c => c.Source.DeprecatedLines);
    }
}

public sealed class ArticleWithStatsGraphType : ObjectGraphType<(LocalizedContent Content, ArticleStats Stats)>
{
    public ArticleWithStatsGraphType()
    {
        Name = "ArticleWithStats";
        Description = "An article with its traffic and feedback.";
        Field<NonNullGraphType<ArticleGraphType>>("article").Description("The article.").Resolve(c => c.Source.Content);
        Field<NonNullGraphType<ArticleStatsGraphType>>("stats").Description("Views and votes.").Resolve(c => c.Source.Stats);
    }
}
