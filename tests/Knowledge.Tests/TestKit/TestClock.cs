using Knowledge.Cms.Common;

namespace Knowledge.Tests.TestKit;

/// <summary>Real time plus an offset the test can move forward (schedulers, SLAs).</summary>
public sealed class TestClock : IClock
{
    private long offsetTicks;

    public DateTime UtcNow => DateTime.UtcNow.AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
