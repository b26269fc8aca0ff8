namespace Knowledge.Cms.Common;

public sealed class SystemClock(TimeProvider time) : IClock
{
    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
