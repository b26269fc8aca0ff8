using System.IO.Compression;
using System.Text;

namespace Knowledge.Cms.Languages;

/// <summary>
/// The trained statistics the detector ships with: one model per group of languages that share a script (Latin, Han).
/// Languages with a script of their own (Arabic, Hebrew, Cyrillic, Thai, Hangul, kana) need no statistics.
/// Stored Brotli-compressed as an embedded resource; built by <see cref="LanguageProfileBuilder"/>.
/// </summary>
internal sealed class LanguageProfile
{
    private const string Magic = "KLID1";
    public const string ResourceName = "Knowledge.Cms.Languages.langid.bin.br";

    private static readonly Lazy<LanguageProfile> Embedded = new(LoadEmbedded);

    public LanguageProfile(IReadOnlyList<LanguageGroupData> groups)
    {
        Groups = groups.Select(g => new LanguageGroupModel(g)).ToArray();
    }

    public IReadOnlyList<LanguageGroupModel> Groups { get; }

    public static LanguageProfile Default => Embedded.Value;

    public LanguageGroupModel Group(string name) => Groups.First(g => g.Data.Name == name);

    public static LanguageProfile Read(Stream compressed)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var reader = new BinaryReader(brotli, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a language profile (bad magic).");
        var groups = new LanguageGroupData[reader.ReadInt32()];
        for (var i = 0; i < groups.Length; i++) groups[i] = LanguageGroupData.Read(reader);
        return new LanguageProfile(groups);
    }

    public void Write(Stream destination)
    {
        using var brotli = new BrotliStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Groups.Count);
        foreach (var group in Groups) group.Data.Write(writer);
    }

    private static LanguageProfile LoadEmbedded()
    {
        using var stream = typeof(LanguageProfile).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The language profile resource '{ResourceName}' is missing from the build.");
        return Read(stream);
    }
}
