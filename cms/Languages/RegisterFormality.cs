namespace Knowledge.Cms.Languages;

/// <summary>How formally a customer writes, as far as the text shows it.</summary>
public enum RegisterFormality
{
    /// <summary>No marker either way (short text, or a language without rules).</summary>
    Unknown,
    /// <summary>Formal address: German Sie, French vous, Spanish usted, Japanese keigo, Korean 합니다체, Russian вы…</summary>
    Formal,
    /// <summary>Polite but not formal: Japanese teineigo (です/ます) without keigo, Korean 해요체, Brazilian você.</summary>
    Neutral,
    /// <summary>Familiar address: du, tu, tú, ты, Japanese plain form, Korean 반말…</summary>
    Informal,
    /// <summary>Formal and informal markers in similar amounts.</summary>
    Mixed,
}
