using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Schema.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Articles;

/// <summary>The knowledge-base subscription fields.</summary>
public static class ArticleSubscriptionFields
{
    public static void AddArticleSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<LocalizedArticleGraphType>>("articlePublished")
            .Description("An article was published in a locale. Each subscriber receives it only if it may read it: anonymous sockets see " +
                         "PUBLIC articles, partners PUBLIC and PARTNER ones in their locales, staff everything.")
            .Argument<StringGraphType>("locale", "Only this locale (a tag such as 'de-CH', or a language such as 'de' for all its regions); omit for all.")
            .FromEvents(ContentTopics.Published, c => LocaleFilter(c.GetArgument<string?>("locale")), LoadAsync);
    }

    private static Func<Knowledge.Cms.Events.DomainEvent, bool> LocaleFilter(string? locale)
    {
        if (locale is null) return _ => true;
        var wanted = Guard.Locale(locale, "locale");
        return e => e.Attribute("locale") is { } published
                    && (string.Equals(published, wanted, StringComparison.OrdinalIgnoreCase)
                        || (!wanted.Contains('-') && string.Equals(Locales.Language(published), wanted, StringComparison.OrdinalIgnoreCase)));
    }

    private static async Task<object?> LoadAsync(IServiceProvider services, Knowledge.Cms.Events.DomainEvent e, CancellationToken cancellationToken)
    {
        if (e.Attribute("locale") is not { } locale) return null;
        if (!services.GetRequiredService<ICurrentUser>().Viewer.MayReadLocale(locale)) return null;
        var found = await services.GetRequiredService<ContentReader>().GetLocalizedByIdsAsync([e.EntityId], locale, cancellationToken);
        // A fallback means the published locale is not readable by this subscriber: announcing another text would mislead.
        return found.GetValueOrDefault(e.EntityId) is { IsFallback: false } article ? article : null;
    }
}
