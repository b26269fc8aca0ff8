namespace Knowledge.Tests.TestKit;

/// <summary>
/// A test that needs a real redis-server: skipped (with the reason) where it is not installed, but run — and
/// failing — under CI=true, where .ci/run installs it.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Binary is null && !RepositoryPaths.IsCi)
            Skip = "redis-server is not installed (apt-get install redis-server); under CI=true this test fails instead of skipping.";
    }
}

/// <summary>A test that drives the graphql-ws npm client: needs node and tests/Knowledge.Tests/node/node_modules (npm ci).</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeScripts.Missing() is { } reason && !RepositoryPaths.IsCi)
            Skip = reason + "; under CI=true this test fails instead of skipping.";
    }
}
