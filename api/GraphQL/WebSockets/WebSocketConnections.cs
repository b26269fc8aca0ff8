namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>Counts open GraphQL WebSockets (tests and benchmarks watch slow clients being dropped).</summary>
internal sealed class WebSocketConnections
{
    private int open;

    public int Count => Volatile.Read(ref open);

    public IDisposable Track()
    {
        Interlocked.Increment(ref open);
        return new Closer(this);
    }

    private sealed class Closer(WebSocketConnections owner) : IDisposable
    {
        private int closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref closed, 1) == 0) Interlocked.Decrement(ref owner.open);
        }
    }
}
