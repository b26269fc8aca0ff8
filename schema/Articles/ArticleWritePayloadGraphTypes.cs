using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Articles;

/// <summary>The article after a write (as staff see it: the current draft) and the revision the write produced.</summary>
public abstract class ArticleWritePayloadGraphTypeBase : ObjectGraphType<ArticleWriteResult>
{
    protected ArticleWritePayloadGraphTypeBase(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ArticleGraphType>>("article").Description("The article, read in the written locale.")
            .Resolve(c => c.LoadOne<ContentReader, LocalizedContent>("article.written:" + c.Source.Locale, c.Source.ArticleId,
                (r, ids, ct) => r.GetLocalizedByIdsAsync(ids, c.Source.Locale, ct)));
        Field(r => r.Revision).Description("The revision number the write produced or published.");
        Field(r => r.Locale).Description("The locale written.");
    }
}

public sealed class CreateArticlePayloadGraphType() : ArticleWritePayloadGraphTypeBase("CreateArticlePayload", "Result of createArticle: revision 1 of the source locale, a draft.");

public sealed class SaveArticleDraftPayloadGraphType() : ArticleWritePayloadGraphTypeBase("SaveArticleDraftPayload", "Result of saveArticleDraft: the new revision.");

public sealed class PublishArticlePayloadGraphType() : ArticleWritePayloadGraphTypeBase("PublishArticlePayload", "Result of publishArticle (or its scheduling).");

public sealed class RollbackArticlePayloadGraphType() : ArticleWritePayloadGraphTypeBase("RollbackArticlePayload", "Result of rollbackArticle: the new draft revision.");

public sealed class ArticleWorkflowPayloadGraphType() : ArticleWritePayloadGraphTypeBase("ArticleWorkflowPayload", "Result of submitting, unpublishing or archiving a locale.");

public sealed class RateArticlePayloadGraphType : ObjectGraphType<ArticleRating>
{
    public RateArticlePayloadGraphType()
    {
        Name = "RateArticlePayload";
        Description = "Result of rateArticle: the stored vote.";
        Field<NonNullGraphType<BooleanGraphType>>("recorded").Description("The vote was stored (it has an id).").Resolve(c => c.Source.Id > 0);
        Field<NonNullGraphType<BooleanGraphType>>("helpful").Description("The vote as stored.").Resolve(c => c.Source.Helpful);
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale the vote is for.").Resolve(c => c.Source.Locale);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was stored.").Resolve(c => c.Source.CreatedAt);
    }
}
