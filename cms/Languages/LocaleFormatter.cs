using System.Globalization;
using System.Text.RegularExpressions;
using Knowledge.Cms.Common;

namespace Knowledge.Cms.Languages;

/// <summary>
/// Formats dates, numbers and money for a reader's locale (CultureInfo/ICU data). Agents and templates write values
/// as culture-neutral placeholders — <c>{{date:2026-07-15}}</c>, <c>{{datetime:2026-07-15T14:30:00Z}}</c>,
/// <c>{{number:1234.5}}</c>, <c>{{money:1234.50 EUR}}</c>, <c>{{percent:0.125}}</c> — which translation keeps intact
/// and <see cref="Render"/> turns into "15. Juli 2026", "1.234,50 €" for German or "July 15, 2026", "€1,234.50" for
/// US English. A value written as text ("07/08/2026") would be ambiguous between locales; a placeholder never is.
/// </summary>
public static partial class LocaleFormatter
{
    /// <summary>The text with every placeholder formatted for <paramref name="locale"/>; placeholders of other kinds stay.</summary>
    /// <exception cref="KnowledgeException">VALIDATION naming <paramref name="field"/> when a placeholder's value cannot be read.</exception>
    public static string Render(string text, string locale, string field = "text", string? timeZone = null)
    {
        var culture = Culture(Guard.Locale(locale, "locale"));
        var zone = timeZone is null ? null : TimeZoneInfo.FindSystemTimeZoneById(Guard.TimeZone(timeZone, "timeZone"));
        return Placeholder().Replace(text, m =>
        {
            var (kind, value) = (m.Groups["kind"].Value, m.Groups["value"].Value.Trim());
            return Format(kind, value, culture, zone) ?? throw KnowledgeException.Invalid(field, $"cannot read the value of the placeholder {m.Value} "
                + "(dates as 2026-07-15, date-times as 2026-07-15T14:30:00Z, numbers as 1234.5, money as '1234.50 EUR').");
        });
    }

    /// <summary>True when the text holds at least one placeholder this formatter understands.</summary>
    public static bool HasPlaceholders(string text) => Placeholder().IsMatch(text);

    public static string FormatDate(DateOnly date, CultureInfo culture) => date.ToString(DatePattern(culture), culture);

    public static string FormatNumber(decimal value, int decimals, CultureInfo culture) => value.ToString("N" + decimals, culture);

    public static string FormatMoney(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        var (symbol, digits) = CurrencyOf(currency.ToUpperInvariant(), culture);
        format.CurrencySymbol = symbol;
        format.CurrencyDecimalDigits = digits;
        return amount.ToString("C", format);
    }

    /// <summary>
    /// The culture for a locale; a neutral one ("de") gets its default region's formats. Dates are always Gregorian:
    /// they are contract, invoice and SLA dates, and "ar" would otherwise default to the Hijri (Umm al-Qura) calendar
    /// and "th" to the Buddhist era.
    /// </summary>
    public static CultureInfo Culture(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        if (culture.IsNeutralCulture)
        {
            try
            {
                culture = CultureInfo.CreateSpecificCulture(locale);
            }
            catch (CultureNotFoundException)
            {
                // keep the neutral culture's formats
            }
        }
        if (culture.Calendar is GregorianCalendar) return culture;
        var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
        if (gregorian is null) return culture;
        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = gregorian;
        return clone;
    }

    private static string? Format(string kind, string value, CultureInfo culture, TimeZoneInfo? zone)
    {
        switch (kind)
        {
            case "date":
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? FormatDate(date, culture) : null;
            case "datetime":
                if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)) return null;
                var local = zone is null ? moment.UtcDateTime : TimeZoneInfo.ConvertTime(moment, zone).DateTime;
                return $"{FormatDate(DateOnly.FromDateTime(local), culture)} {local.ToString(culture.DateTimeFormat.ShortTimePattern, culture)} {(zone is null ? "UTC" : zone.Id)}";
            case "number":
                return Decimal(value, out var number, out var decimals) ? FormatNumber(number, decimals, culture) : null;
            case "percent":
                return Decimal(value, out var ratio, out var places) ? ratio.ToString("P" + Math.Max(0, places - 2), culture) : null;
            case "money":
                var match = Money().Match(value);
                return match.Success && Decimal(match.Groups["amount"].Value, out var amount, out _) ? FormatMoney(amount, match.Groups["currency"].Value, culture) : null;
            default:
                return null;
        }
    }

    private static bool Decimal(string value, out decimal number, out int decimals)
    {
        decimals = value.Contains('.') ? value.Length - value.IndexOf('.') - 1 : 0;
        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    // The culture's long date without the weekday: "15. Juli 2026", "July 15, 2026", "15 July 2026", "2026年7月15日".
    private static string DatePattern(CultureInfo culture) => Weekday().Replace(culture.DateTimeFormat.LongDatePattern, " ").Trim(' ', ',', '،');

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), (string, int)> Currencies = new();

    private static (string Symbol, int Digits) CurrencyOf(string iso, CultureInfo reader) =>
        Currencies.GetOrAdd((iso, reader.TwoLetterISOLanguageName), key => FindCurrency(key.Item1, reader));

    private static (string Symbol, int Digits) FindCurrency(string iso, CultureInfo reader)
    {
        // The symbol as the currency's home region writes it, preferring a region that speaks the reader's language.
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => (Culture: c, Region: TryRegion(c)))
            .Where(x => x.Region?.ISOCurrencySymbol == iso)
            .OrderByDescending(x => x.Culture.TwoLetterISOLanguageName == reader.TwoLetterISOLanguageName)
            .ToList();
        if (regions.Count == 0) return (iso, 2);
        var home = regions[0];
        return (home.Region!.CurrencySymbol, home.Culture.NumberFormat.CurrencyDecimalDigits);
    }

    private static RegionInfo? TryRegion(CultureInfo culture)
    {
        try
        {
            return new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\{\{(?<kind>date|datetime|number|money|percent):(?<value>[^{}\n]{1,60})\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\s*(?<amount>-?\d+(?:\.\d+)?)\s*(?<currency>[A-Za-z]{3})\s*$|^\s*(?<currency>[A-Za-z]{3})\s*(?<amount>-?\d+(?:\.\d+)?)\s*$")]
    private static partial Regex Money();

    [GeneratedRegex(@"[,\s،]*dddd[,\s،]*")]
    private static partial Regex Weekday();
}
