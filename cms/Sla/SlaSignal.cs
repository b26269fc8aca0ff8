namespace Knowledge.Cms.Sla;

/// <summary>Wakes the SLA scheduler when an escalation was committed, so its notifications go out at once, not on the next sweep.</summary>
public sealed class SlaSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Wake()
    {
        if (semaphore.CurrentCount != 0) return;
        try { semaphore.Release(); }
        catch (SemaphoreFullException) { /* already awake */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => semaphore.WaitAsync(timeout, cancellationToken);
}
