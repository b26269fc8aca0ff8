using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Markdown;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Languages;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Articles;

public sealed class LocalizedArticleGraphType : ObjectGraphType<LocalizedContent>
{
    public LocalizedArticleGraphType()
    {
        Name = "LocalizedArticle";
        Description = "A knowledge item read in one locale: the text a help center renders.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of this locale variant.")
            .Resolve(c => GlobalId.Encode("LocalizedArticle", c.Source.Variant.Id));
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("Global id of the article (all locales).")
            .Resolve(c => GlobalId.Encode("Article", c.Source.Item.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Slug in this locale.").Resolve(c => c.Source.Variant.Slug);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title.").Resolve(c => c.Source.Revision.Title);
        Field<StringGraphType>("summary").Description("Summary / meta description.").Resolve(c => c.Source.Revision.Summary);
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale that was asked for.").Resolve(c => c.Source.RequestedLocale);
        Field<NonNullGraphType<StringGraphType>>("resolvedLocale").Description("The locale actually served (after fallback).").Resolve(c => c.Source.Variant.Locale);
        Field<NonNullGraphType<BooleanGraphType>>("isFallback").Description("True when the asked locale had no text and another was served.").Resolve(c => c.Source.IsFallback);
        Field<NonNullGraphType<TextDirectionGraphType>>("direction").Description("LTR or RTL for the served locale.")
            .Resolve(c => Locales.IsRightToLeft(c.Source.Variant.Locale) ? "RTL" : "LTR");
        Field<NonNullGraphType<StringGraphType>>("markdown").Description("Markdown source of the served revision.").Resolve(c => c.Source.Revision.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alternativePhrasings")
            .Description("Other ways customers phrase this (search synonyms).").Resolve(c => c.Source.Revision.AlternativePhrasings);
        Field<NonNullGraphType<ContentStatusGraphType>>("status").Description("Workflow state of this locale.").Resolve(c => c.Source.Variant.Status);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Number of the revision served.").Resolve(c => c.Source.Revision.Number);
        Field<IntGraphType>("publishedRevision").Description("Number of the published revision, if any.").Resolve(c => c.Source.Variant.PublishedRevision);
        Field<DateTimeGraphType>("publishedAt").Description("When this locale was last published.").Resolve(c => c.Source.Variant.PublishedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("When the served revision was written.").Resolve(c => c.Source.Revision.CreatedAt);
        Field<NonNullGraphType<ContentKindGraphType>>("kind").Description("Kind of item.").Resolve(c => c.Source.Item.Kind);
        Field<NonNullGraphType<StringGraphType>>("html").Description("Sanitised HTML of the served revision; [KB:] links point to the reader's locale.")
            .ResolveAsync(async c => (await RenderAsync(c)).Html);
        Field<NonNullGraphType<StringGraphType>>("plainText").Description("Text without markup (for snippets, search, speech).")
            .ResolveAsync(async c => (await RenderAsync(c)).PlainText);
        Field<NonNullGraphType<StringGraphType>>("excerpt").Description("The first ~200 characters of plain text.")
            .ResolveAsync(async c => (await RenderAsync(c)).Excerpt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TocEntryGraphType>>>>("toc").Description("Headings with anchors.")
            .ResolveAsync(async c => (await RenderAsync(c)).Toc);
        Field<NonNullGraphType<IntGraphType>>("readingTimeMinutes").Description("Estimated reading time.")
            .ResolveAsync(async c => (await RenderAsync(c)).ReadingTimeMinutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("brokenLinks").Description("[KB: slug] references whose target does not exist or is not published. Staff only.")
            .Requires(AccessLevel.Staff).ResolveAsync(async c => (await RenderAsync(c)).BrokenLinks);
        Field<NonNullGraphType<BooleanGraphType>>("isStale").Description("A translation whose source changed since it was translated.")
            .Resolve(c => c.LoadOne<ContentInsights, TranslationState>("article.translationState", c.Source.Variant.Id, (s, ids, ct) => s.TranslationStatesAsync(ids, ct))
                .Then(s => s?.IsStale ?? false));
        Field<DateTimeGraphType>("staleSince").Description("When the source moved past the translated revision.")
            .Resolve(c => c.LoadOne<ContentInsights, TranslationState>("article.translationState", c.Source.Variant.Id, (s, ids, ct) => s.TranslationStatesAsync(ids, ct))
                .Then(s => s?.StaleSince));
        Field<StringGraphType>("translationState").Description("How this revision was made: NEEDS_TRANSLATION (source text waiting for a translator), MACHINE_TRANSLATED, or null (written by a person).")
            .Resolve(c => c.Source.Revision.TranslationState);
        Field<IntGraphType>("sourceRevision").Description("For translations: the source revision this locale was translated from.").Resolve(c => c.Source.Variant.SourceRevision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffLineGraphType>>>>("changedSourceParagraphs")
            .Description("For stale translations: the source paragraphs added or removed since the translation. Staff only.")
            .Requires(AccessLevel.Staff)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ContentInsights>().ChangedSourceParagraphsAsync(c.Source, c.CancellationToken));
        Field<NonNullGraphType<AudienceGraphType>>("audience").Description("Who may read it.").Resolve(c => c.Source.Item.Audience);
        this.AddTranslationReportField();
    }

    private static Task<RenderedMarkdown> RenderAsync(IResolveFieldContext<LocalizedContent> context) =>
        context.RequestServices!.GetRequiredService<MarkdownCache>()
            .GetAsync(context.Source.Revision, context.Source.RequestedLocale, context.Viewer().ReadableAudiences, context.CancellationToken);
}
