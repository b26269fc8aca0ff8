using System.Globalization;
using System.Text;
using Knowledge.Cms.Common;

namespace Knowledge.Schema.Infrastructure;

/// <summary>Relay global ids: base64url of "Type:key", opaque to clients and unique across types.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id.ToString(CultureInfo.InvariantCulture)}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? globalId, out string typeName, out int id)
    {
        typeName = "";
        id = 0;
        if (string.IsNullOrWhiteSpace(globalId) || globalId.Length > 200) return false;
        try
        {
            var base64 = globalId.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
            var colon = text.IndexOf(':');
            if (colon <= 0) return false;
            typeName = text[..colon];
            return int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Decodes an id that must be of <paramref name="typeName"/>; a VALIDATION error names the field otherwise.</summary>
    public static int Expect(string? globalId, string typeName, string field)
    {
        if (TryDecode(globalId, out var actualType, out var id) && actualType == typeName) return id;
        throw KnowledgeException.Invalid(field, $"'{globalId}' is not a {typeName} id.");
    }

    public static int? ExpectOptional(string? globalId, string typeName, string field) =>
        globalId is null ? null : Expect(globalId, typeName, field);
}
