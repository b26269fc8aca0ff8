using System.Security.Cryptography;
using System.Text;

namespace Knowledge.Cms.Auth;

/// <summary>Generating and hashing key secrets. Secrets carry 256 bits of entropy, so one SHA-256 is enough.</summary>
internal static class ApiKeySecrets
{
    public const string Marker = "kn_";

    public static string Generate() =>
        Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret.Length <= 10 ? secret : secret[..10];
}
