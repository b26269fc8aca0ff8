using GraphQL.Types;
using Knowledge.Cms.Articles;

namespace Knowledge.Schema.Articles;

public sealed class ContentKindGraphType : EnumerationGraphType<ContentKind>
{
    public ContentKindGraphType()
    {
        Name = "ContentKind";
        Description = "ARTICLE, FAQ, TROUBLESHOOTING_GUIDE or QUICK_START.";
    }
}

public sealed class AudienceGraphType : EnumerationGraphType<Audience>
{
    public AudienceGraphType()
    {
        Name = "Audience";
        Description = "Who may read published content: PUBLIC (everyone), PARTNER (partner keys and staff), INTERNAL (staff).";
    }
}

public sealed class ContentStatusGraphType : EnumerationGraphType<ContentStatus>
{
    public ContentStatusGraphType()
    {
        Name = "ContentStatus";
        Description = "Workflow state of a locale: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED.";
    }
}

public sealed class TextDirectionGraphType : EnumerationGraphType
{
    public TextDirectionGraphType()
    {
        Name = "TextDirection";
        Description = "Writing direction of a locale.";
        Add("LTR", "LTR", "Left to right.");
        Add("RTL", "RTL", "Right to left (Arabic, Hebrew…).");
    }
}

public sealed class ContentOrderFieldGraphType : EnumerationGraphType<ContentOrderField>
{
    public ContentOrderFieldGraphType()
    {
        Name = "ArticleOrderField";
        Description = "Sortable article fields.";
    }
}
