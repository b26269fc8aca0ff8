using System.Runtime.InteropServices;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Dictionary-based word segmentation for scripts written without spaces (Thai), through the ICU library the .NET
/// runtime itself uses for globalization on Linux (libicuuc; its data file carries the Thai dictionary). Lucene.NET's
/// ICU module is not available here, so the handful of C functions are called directly. When ICU cannot be loaded
/// (invariant-globalization containers, Windows without ICU) <see cref="IsAvailable"/> is false and callers fall back
/// to character bigrams.
/// </summary>
internal static unsafe class IcuWordBreaker
{
    private const int WordBreak = 1;
    private static readonly Api? Functions = Load();

    public static bool IsAvailable => Functions is not null;

    /// <summary>Word spans (start, length) of <paramref name="text"/>; spaces and punctuation are left out.</summary>
    public static List<(int Start, int Length)> Words(string text, string locale)
    {
        var api = Functions ?? throw new InvalidOperationException("ICU is not available.");
        var result = new List<(int, int)>();
        if (text.Length == 0) return result;
        var localeBytes = System.Text.Encoding.ASCII.GetBytes(locale + "\0");
        int status = 0;
        fixed (char* chars = text)
        fixed (byte* loc = localeBytes)
        {
            var iterator = api.Open(WordBreak, loc, chars, text.Length, &status);
            if (status > 0 || iterator == IntPtr.Zero) throw new InvalidOperationException($"ICU ubrk_open failed ({status}).");
            try
            {
                var start = api.First(iterator);
                for (var end = api.Next(iterator); end != -1; start = end, end = api.Next(iterator))
                {
                    // Rule status 0 = spaces or punctuation; ≥100 numbers, letters, kana, ideographs.
                    if (api.RuleStatus(iterator) >= 100) result.Add((start, end - start));
                }
            }
            finally
            {
                api.Close(iterator);
            }
        }
        return result;
    }

    private static Api? Load()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return null;
        if (string.Equals(Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"), "true", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var version in Enumerable.Range(50, 40).Reverse())
        {
            if (!NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library)) continue;
            foreach (var suffix in new[] { "_" + version, "" })
            {
                if (NativeLibrary.TryGetExport(library, "ubrk_open" + suffix, out var open)
                    && NativeLibrary.TryGetExport(library, "ubrk_first" + suffix, out var first)
                    && NativeLibrary.TryGetExport(library, "ubrk_next" + suffix, out var next)
                    && NativeLibrary.TryGetExport(library, "ubrk_getRuleStatus" + suffix, out var status)
                    && NativeLibrary.TryGetExport(library, "ubrk_close" + suffix, out var close))
                {
                    return new Api(
                        (delegate* unmanaged<int, byte*, char*, int, int*, IntPtr>)open,
                        (delegate* unmanaged<IntPtr, int>)first,
                        (delegate* unmanaged<IntPtr, int>)next,
                        (delegate* unmanaged<IntPtr, int>)status,
                        (delegate* unmanaged<IntPtr, void>)close);
                }
            }
        }
        return null;
    }

    private sealed class Api(
        delegate* unmanaged<int, byte*, char*, int, int*, IntPtr> open,
        delegate* unmanaged<IntPtr, int> first,
        delegate* unmanaged<IntPtr, int> next,
        delegate* unmanaged<IntPtr, int> ruleStatus,
        delegate* unmanaged<IntPtr, void> close)
    {
        public IntPtr Open(int type, byte* locale, char* text, int length, int* status) => open(type, locale, text, length, status);
        public int First(IntPtr iterator) => first(iterator);
        public int Next(IntPtr iterator) => next(iterator);
        public int RuleStatus(IntPtr iterator) => ruleStatus(iterator);
        public void Close(IntPtr iterator) => close(iterator);
    }
}
