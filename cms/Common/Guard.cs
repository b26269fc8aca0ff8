using System.Globalization;

namespace Knowledge.Cms.Common;

/// <summary>Input checks shared by services; each failure names the field.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw KnowledgeException.Invalid(field, "must not be empty.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw KnowledgeException.Invalid(field, $"must be at most {maxLength} characters (got {trimmed.Length}).");
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Required(value, field, maxLength);

    public static T Range<T>(T value, T min, T max, string field) where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
            throw KnowledgeException.Invalid(field, $"must be between {min} and {max} (got {value}).");
        return value;
    }

    public static string Email(string? value, string field)
    {
        var email = Required(value, field, 254);
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Contains(' '))
            throw KnowledgeException.Invalid(field, $"'{email}' is not an email address.");
        return email.ToLowerInvariant();
    }

    /// <summary>A BCP-47 language tag such as <c>en</c>, <c>pt-BR</c> or <c>zh-Hans</c>, normalised.</summary>
    public static string Locale(string? value, string field)
    {
        var tag = Required(value, field, 35);
        if (!Locales.TryNormalize(tag, out var normalized))
            throw KnowledgeException.Invalid(field, $"'{tag}' is not a known locale code (expected e.g. 'en', 'de', 'pt-BR').");
        return normalized;
    }

    public static string Slug(string? value, string field)
    {
        var slug = Required(value, field, 120);
        foreach (var c in slug)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-') || char.IsUpper(c))
                throw KnowledgeException.Invalid(field, $"'{slug}' must be lowercase letters, digits and hyphens.");
        }
        return slug;
    }

    public static IReadOnlyList<string> Tags(IEnumerable<string>? values, string field, int maxCount = 20)
    {
        var list = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v))
            .Select(v => v.Trim().ToLower(CultureInfo.InvariantCulture)).Distinct().ToList();
        if (list.Count > maxCount)
            throw KnowledgeException.Invalid(field, $"must hold at most {maxCount} entries (got {list.Count}).");
        foreach (var t in list)
            if (t.Length > 60) throw KnowledgeException.Invalid(field, $"entry '{t[..20]}…' is longer than 60 characters.");
        return list;
    }

    /// <summary>An IANA time zone id such as <c>Europe/Berlin</c>.</summary>
    public static string TimeZone(string? value, string field)
    {
        var zone = Required(value, field, 60);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            throw KnowledgeException.Invalid(field, $"'{zone}' is not a known time zone (expected an IANA id such as 'Europe/Berlin').");
        return zone;
    }
}
