using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;

namespace Knowledge.Tests.Cms.Languages;

public sealed class LocaleFormatterTests
{
    private const string Template = "Renewal {{date:2026-07-15}}, amount {{money:1234.50 EUR}}, {{number:1234567.5}} seats, {{percent:0.125}} off.";

    [Theory]
    [InlineData("de", "Renewal 15. Juli 2026, amount 1.234,50 €, 1.234.567,5 seats, 12,5 % off.")]
    [InlineData("en-US", "Renewal July 15, 2026, amount €1,234.50, 1,234,567.5 seats, 12.5% off.")]
    [InlineData("en-GB", "Renewal 15 July 2026, amount €1,234.50, 1,234,567.5 seats, 12.5% off.")]
    public void Should_format_dates_numbers_and_money_for_the_locale_when_rendering_placeholders(string locale, string expected)
    {
        Assert.Equal(expected, Normalize(LocaleFormatter.Render(Template, locale)));
    }

    [Fact]
    public void Should_use_french_spacing_and_month_names_when_the_locale_is_french()
    {
        var text = Normalize(LocaleFormatter.Render(Template, "fr"));

        Assert.Contains("15 juillet 2026", text);
        Assert.Contains("1 234,50 €", text);
        Assert.Contains("1 234 567,5", text);
    }

    [Fact]
    public void Should_use_japanese_date_order_and_yen_without_decimals_when_the_locale_is_japanese()
    {
        var text = LocaleFormatter.Render("{{date:2026-07-15}} {{money:1234.5 JPY}}", "ja");

        Assert.StartsWith("2026年7月15日 ", text);
        Assert.Contains("1,235", text);
        Assert.DoesNotContain("1,234.5", text);
    }

    [Fact]
    public void Should_use_arabic_month_names_when_the_locale_is_arabic()
    {
        var text = LocaleFormatter.Render("{{date:2026-07-15}}", "ar");

        Assert.Contains(text, c => c is >= '\u0600' and <= '\u06FF');
        Assert.Contains("2026", text.Replace('\u0662', '2').Replace('\u0660', '0').Replace('\u0666', '6'));
    }

    [Fact]
    public void Should_tell_us_from_gb_when_the_same_date_is_short()
    {
        var us = LocaleFormatter.Render("{{date:2026-07-08}}", "en-US");
        var gb = LocaleFormatter.Render("{{date:2026-07-08}}", "en-GB");

        Assert.Equal("July 8, 2026", us);
        Assert.Equal("8 July 2026", gb);
    }

    [Fact]
    public void Should_convert_to_the_time_zone_when_formatting_a_datetime()
    {
        var text = LocaleFormatter.Render("{{datetime:2026-07-15T14:30:00Z}}", "de", timeZone: "Europe/Berlin");

        Assert.Equal("15. Juli 2026 16:30 Europe/Berlin", text);
    }

    [Fact]
    public void Should_fail_with_validation_naming_the_field_when_a_placeholder_value_is_unreadable()
    {
        var error = Assert.Throws<KnowledgeException>(() => LocaleFormatter.Render("Due {{date:15/07/2026}}", "de", "input.text"));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal("input.text", error.Field);
    }

    [Fact]
    public void Should_leave_other_braces_alone_when_they_are_not_placeholders()
    {
        Assert.Equal("Hello {{name}} and {name}", LocaleFormatter.Render("Hello {{name}} and {name}", "de"));
    }

    [Fact]
    public void Should_fail_with_validation_when_the_locale_is_malformed()
    {
        var error = Assert.Throws<KnowledgeException>(() => LocaleFormatter.Render(Template, "xx-QQ-ZZ"));

        Assert.Equal("locale", error.Field);
    }

    // ICU separates groups and units with (narrow) no-break spaces; the expectations are written with plain spaces.
    private static string Normalize(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
