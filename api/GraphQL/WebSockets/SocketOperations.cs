using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Common;
using Knowledge.Schema.Realtime;

namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>
/// The operations running on one socket, keyed by the client's id. Queries and mutations answer with one
/// <c>next</c> and <c>complete</c>; subscriptions stay attached to their event stream until either side completes.
/// Each operation executes in its own DI scope as the socket's viewer (operations on a socket may overlap).
/// </summary>
internal sealed class SocketOperations(SocketWriter writer, IServiceScopeFactory scopes, IGraphQLTextSerializer serializer, ILogger logger)
{
    private readonly Dictionary<string, Operation> running = [];

    public enum StartResult { Started, Duplicate, TooMany }

    public StartResult TryStart(string id, GraphQLHttpRequest request, SubscriberContext subscriber, int maxOperations)
    {
        Operation operation;
        lock (running)
        {
            if (running.ContainsKey(id)) return StartResult.Duplicate;
            if (running.Count >= maxOperations) return StartResult.TooMany;
            running[id] = operation = new Operation(id);
        }
        _ = Task.Run(() => ExecuteAsync(operation, request, subscriber));
        return StartResult.Started;
    }

    /// <summary>The client completed <paramref name="id"/>: stop it without answering (the protocol says so).</summary>
    public void Complete(string id)
    {
        Operation? operation;
        lock (running)
        {
            if (!running.Remove(id, out operation)) return;
        }
        operation.Stop();
    }

    public void StopAll()
    {
        List<Operation> all;
        lock (running)
        {
            all = [.. running.Values];
            running.Clear();
        }
        foreach (var operation in all) operation.Stop();
    }

    private async Task ExecuteAsync(Operation operation, GraphQLHttpRequest request, SubscriberContext subscriber)
    {
        try
        {
            ExecutionResult result;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var services = scope.ServiceProvider;
                services.GetRequiredService<CurrentUser>().Viewer = subscriber.Viewer;
                result = await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
                {
                    options.Schema = services.GetRequiredService<ISchema>();
                    options.Query = request.Query;
                    options.OperationName = request.OperationName;
                    options.Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null;
                    options.Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null;
                    options.RequestServices = services;
                    options.UserContext = new Dictionary<string, object?> { [SubscriberContext.Key] = subscriber };
                    options.CancellationToken = operation.Token;
                });
            }
            if (operation.Token.IsCancellationRequested) return;
            if (!result.Executed)
            {
                writer.TrySend(ServerMessages.Error(operation.Id, serializer, result));
                Finish(operation);
                return;
            }
            if (result.Streams is { Count: > 0 } streams)
            {
                var handle = streams.Values.First().Subscribe(new ResultObserver(this, operation, writer, serializer, logger));
                operation.Attach(handle);
                return;
            }
            writer.TrySend(ServerMessages.Next(operation.Id, serializer, result));
            writer.TrySend(ServerMessages.Complete(operation.Id));
            Finish(operation);
        }
        catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
        {
            // completed by the client or the socket closed
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "GraphQL WebSocket operation {Id} failed", operation.Id);
            writer.TrySend(ServerMessages.Error(operation.Id, "The operation failed on the server.", "INTERNAL_SERVER_ERROR"));
            Finish(operation);
        }
    }

    /// <summary>The server ended <paramref name="operation"/>; forget it so its id can be reused.</summary>
    private void Finish(Operation operation)
    {
        lock (running)
        {
            if (running.TryGetValue(operation.Id, out var current) && current == operation) running.Remove(operation.Id);
        }
        operation.Stop();
    }

    private sealed class ResultObserver(SocketOperations owner, Operation operation, SocketWriter writer, IGraphQLTextSerializer serializer, ILogger logger)
        : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!operation.Token.IsCancellationRequested) writer.TrySend(ServerMessages.Next(operation.Id, serializer, value));
        }

        public void OnError(Exception error)
        {
            logger.LogWarning(error, "Subscription {Id} failed", operation.Id);
            if (!operation.Token.IsCancellationRequested)
                writer.TrySend(ServerMessages.Error(operation.Id, "The subscription's event stream failed.", "INTERNAL_SERVER_ERROR"));
            owner.Finish(operation);
        }

        public void OnCompleted()
        {
            if (!operation.Token.IsCancellationRequested) writer.TrySend(ServerMessages.Complete(operation.Id));
            owner.Finish(operation);
        }
    }

    private sealed class Operation(string id)
    {
        private readonly CancellationTokenSource cancellation = new();
        private IDisposable? stream;
        private bool stopped;

        public string Id { get; } = id;

        public CancellationToken Token => cancellation.Token;

        public void Attach(IDisposable handle)
        {
            lock (cancellation)
            {
                if (!stopped)
                {
                    stream = handle;
                    return;
                }
            }
            handle.Dispose(); // completed while it was starting
        }

        public void Stop()
        {
            IDisposable? toDispose;
            lock (cancellation)
            {
                if (stopped) return;
                stopped = true;
                toDispose = stream;
            }
            cancellation.Cancel();
            toDispose?.Dispose();
        }
    }
}
