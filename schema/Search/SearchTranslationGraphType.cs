using GraphQL.Types;
using Knowledge.Cms.Search;

namespace Knowledge.Schema.Search;

public sealed class SearchTranslationGraphType : ObjectGraphType<SearchTranslation>
{
    public SearchTranslationGraphType()
    {
        Name = "SearchTranslation";
        Description = "How a search was answered across languages by machine translation.";
        Field(t => t.QueryLocale).Description("The reader's locale (the query's language).");
        Field(t => t.SourceLocale).Description("The locale searched instead.");
        Field(t => t.TranslatedQuery).Description("The query as translated into the source locale.");
        Field(t => t.Provider).Description("The provider that translated (azure-translator, chat:<model>).");
    }
}
