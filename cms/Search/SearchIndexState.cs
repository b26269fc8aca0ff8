namespace Knowledge.Cms.Search;

/// <summary>Whether the first-start indexing has finished; searches wait briefly for it so a fresh install answers fully.</summary>
public sealed class SearchIndexState
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompleted;

    internal void MarkReady() => ready.TrySetResult();

    /// <summary>Waits up to <paramref name="timeout"/>; afterwards searches run against whatever is indexed so far.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (ready.Task.IsCompleted) return;
        try
        {
            await ready.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
    }
}
