namespace Knowledge.Cms.Languages;

/// <summary>The writing systems that decide which languages are candidates for a piece of text.</summary>
internal enum Script : byte
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Hebrew,
    Thai,
    Hangul,
    Kana,
    Han,
    Other,
}
