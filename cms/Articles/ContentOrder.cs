using Knowledge.Cms.Common;

namespace Knowledge.Cms.Articles;

/// <summary>One ordering key of a content list.</summary>
public sealed record ContentOrder(ContentOrderField Field, SortDirection Direction);
