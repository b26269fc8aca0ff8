using System.Text;

namespace Knowledge.Cms.Search;

/// <summary>Enum values as indexed and faceted: the GraphQL spelling (<c>TroubleshootingGuide</c> → <c>TROUBLESHOOTING_GUIDE</c>).</summary>
public static class SearchValues
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append('_');
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }
}
