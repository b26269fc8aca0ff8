using System.Diagnostics;
using Knowledge.Cms.Common;

namespace Knowledge.Tests.TestKit;

/// <summary>
/// The demo world's time: starts at a chosen instant (the seed's reference date) and runs in real time from there;
/// tests move it forward instead of waiting (schedulers, SLAs).
/// </summary>
public sealed class TestClock(DateTime start) : IClock
{
    private readonly Stopwatch elapsed = Stopwatch.StartNew();
    private long offsetTicks;

    public DateTime UtcNow => start + elapsed.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
