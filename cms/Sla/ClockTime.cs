using System.Globalization;
using Knowledge.Cms.Common;

namespace Knowledge.Cms.Sla;

/// <summary>Local clock times (<c>HH:mm</c>, <c>24:00</c> for the end of the day) and ISO dates of calendar inputs.</summary>
public static class ClockTime
{
    public static int Parse(string value, string field)
    {
        var text = value.Trim();
        if (text == "24:00") return BusinessCalendar.MinutesPerDay;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time.Hour * 60 + time.Minute;
        throw KnowledgeException.Invalid(field, $"'{value}' is not a time of day (expected HH:mm, e.g. '09:00', or '24:00').");
    }

    public static string Format(int minuteOfDay) => $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}";

    public static List<DateOnly> Dates(IReadOnlyList<string> values, string field)
    {
        if (values.Count > 366) throw KnowledgeException.Invalid(field, $"must hold at most 366 dates (got {values.Count}).");
        var dates = new List<DateOnly>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!DateOnly.TryParseExact(values[i].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw KnowledgeException.Invalid($"{field}[{i}]", $"'{values[i]}' is not a date (expected yyyy-MM-dd).");
            dates.Add(date);
        }
        return dates.Distinct().Order().ToList();
    }
}
