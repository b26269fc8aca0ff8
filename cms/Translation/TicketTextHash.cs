using System.Security.Cryptography;
using System.Text;

namespace Knowledge.Cms.Translation;

/// <summary>The key that ties a cached translation to the exact text it was made from.</summary>
internal static class TicketTextHash
{
    public static string Of(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
