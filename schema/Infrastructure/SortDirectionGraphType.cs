using GraphQL.Types;
using Knowledge.Cms.Common;

namespace Knowledge.Schema.Infrastructure;

public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "ASC (smallest, oldest first) or DESC.";
    }
}
