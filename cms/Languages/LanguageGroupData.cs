using System.Text;

namespace Knowledge.Cms.Languages;

/// <summary>
/// The shipped statistics of one group of languages that share a script: per n-gram and per frequent word, the
/// negative log-probability in each language, quantised to 1/8 nat in a byte (255 = not seen in that language, which
/// then scores the language's floor for that order). Only these derived numbers are shipped, never corpus text.
/// </summary>
internal sealed class LanguageGroupData
{
    public const byte Unseen = 255;
    public const float Step = 0.125f;

    public required string Name { get; init; }
    public required string[] Languages { get; init; }
    public required bool UsesWords { get; init; }
    /// <summary>Weight of each n-gram order 1..4 (index 0 unused).</summary>
    public required float[] OrderWeights { get; set; }
    public required float WordWeight { get; set; }
    /// <summary>Softmax temperature fitted on held-out sentences, word pairs and words.</summary>
    public required float Beta { get; set; }
    /// <summary>Log-probability used for an n-gram unseen in a language: [language * 5 + order].</summary>
    public required float[] NgramFloors { get; init; }
    public required float[] WordFloors { get; init; }
    public required ulong[] NgramKeys { get; init; }
    public required byte[] NgramValues { get; init; }
    public required string[] Words { get; init; }
    public required byte[] WordValues { get; init; }

    public static byte Quantize(double logProbability) =>
        (byte)Math.Min(Unseen - 1, Math.Round(-logProbability / Step));

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.Write(UsesWords);
        writer.Write(Languages.Length);
        foreach (var language in Languages) writer.Write(language);
        foreach (var w in OrderWeights) writer.Write(w);
        writer.Write(WordWeight);
        writer.Write(Beta);
        foreach (var f in NgramFloors) writer.Write(f);
        foreach (var f in WordFloors) writer.Write(f);
        writer.Write(NgramKeys.Length);
        ulong previous = 0;
        foreach (var key in NgramKeys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous)); // sorted keys: small deltas compress well
            previous = key;
        }
        writer.Write(NgramValues);
        writer.Write(Words.Length);
        foreach (var word in Words) writer.Write(word);
        writer.Write(WordValues);
    }

    public static LanguageGroupData Read(BinaryReader reader)
    {
        var name = reader.ReadString();
        var usesWords = reader.ReadBoolean();
        var languages = new string[reader.ReadInt32()];
        for (var i = 0; i < languages.Length; i++) languages[i] = reader.ReadString();
        var orderWeights = ReadFloats(reader, NgramText.MaxOrder + 1);
        var wordWeight = reader.ReadSingle();
        var beta = reader.ReadSingle();
        var ngramFloors = ReadFloats(reader, languages.Length * (NgramText.MaxOrder + 1));
        var wordFloors = ReadFloats(reader, languages.Length);
        var keys = new ulong[reader.ReadInt32()];
        ulong previous = 0;
        for (var i = 0; i < keys.Length; i++) keys[i] = previous += (ulong)reader.Read7BitEncodedInt64();
        var ngramValues = reader.ReadBytes(keys.Length * languages.Length);
        var words = new string[reader.ReadInt32()];
        for (var i = 0; i < words.Length; i++) words[i] = reader.ReadString();
        var wordValues = reader.ReadBytes(words.Length * languages.Length);
        return new LanguageGroupData
        {
            Name = name, Languages = languages, UsesWords = usesWords, OrderWeights = orderWeights, WordWeight = wordWeight,
            Beta = beta, NgramFloors = ngramFloors, WordFloors = wordFloors, NgramKeys = keys, NgramValues = ngramValues,
            Words = words, WordValues = wordValues,
        };
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++) values[i] = reader.ReadSingle();
        return values;
    }

    public override string ToString() =>
        new StringBuilder().Append(Name).Append(": ").Append(string.Join(',', Languages)).Append(", ")
            .Append(NgramKeys.Length).Append(" n-grams, ").Append(Words.Length).Append(" words").ToString();
}
