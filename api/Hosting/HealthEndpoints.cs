using Knowledge.Cms.Data;
using Knowledge.Cms.Search;

namespace Knowledge.Api.Hosting;

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (database reachable and migrated, search index open).
/// An index that does not answer makes the instance not ready (503) so an orchestrator can tell; writes still succeed on
/// it meanwhile and reach the index from the outbox once it is back.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapKnowledgeHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "Healthy" }));
        endpoints.MapGet("/health/ready", async (DatabaseHealth database, ISearchIndex index, CancellationToken cancellationToken) =>
        {
            var (databaseHealthy, databaseDescription) = await database.CheckAsync(cancellationToken);
            var search = await index.HealthAsync(cancellationToken);
            var searchDescription = search.Healthy
                ? $"{search.Provider} index open ({search.Documents} documents)"
                : $"{search.Provider} index unavailable: {search.Detail}";
            var healthy = databaseHealthy && search.Healthy;
            var body = new { status = healthy ? "Healthy" : "Unhealthy", checks = new { database = databaseDescription, search = searchDescription } };
            return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
