using Knowledge.Cms.Data;

namespace Knowledge.Api.Hosting;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (database reachable and migrated).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapKnowledgeHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "Healthy" }));
        endpoints.MapGet("/health/ready", async (DatabaseHealth database, CancellationToken cancellationToken) =>
        {
            var (healthy, description) = await database.CheckAsync(cancellationToken);
            var body = new { status = healthy ? "Healthy" : "Unhealthy", checks = new { database = description } };
            return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
