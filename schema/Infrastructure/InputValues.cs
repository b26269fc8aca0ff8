namespace Knowledge.Schema.Infrastructure;

/// <summary>Reading coerced input-object values (already typed by graphql-dotnet) into domain records.</summary>
public static class InputValues
{
    public static T? Value<T>(this IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var value) && value is not null ? (T)Convert(value, typeof(T)) : default;

    public static IReadOnlyList<T>? List<T>(this IDictionary<string, object?> input, string key) =>
        input.TryGetValue(key, out var value) && value is System.Collections.IEnumerable items and not string
            ? items.Cast<object>().Select(v => (T)Convert(v, typeof(T))).ToList()
            : null;

    /// <summary>A global id that must be of <paramref name="typeName"/>; <paramref name="path"/> names the field in errors.</summary>
    public static int? Id(this IDictionary<string, object?> input, string key, string typeName, string path) =>
        GlobalId.ExpectOptional(input.Value<string>(key), typeName, path);

    public static bool Has(this IDictionary<string, object?> input, string key) => input.ContainsKey(key);

    private static object Convert(object value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value)) return value;
        if (target == typeof(decimal)) return System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
        if (target == typeof(string)) return System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        if (target.IsEnum) return Enum.ToObject(target, value);
        return System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }
}
