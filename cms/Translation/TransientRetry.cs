using System.ClientModel;
using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Retries a provider call after 408/429/5xx answers, network errors and timeouts, with exponential backoff (or the
/// provider's Retry-After), then gives up with UNAVAILABLE. A 400 is the caller's fault (VALIDATION); 401/403 is
/// configuration (UNAVAILABLE at once, no retry).
/// </summary>
internal static class TransientRetry
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, TranslationOptions options, string provider, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout);
            try
            {
                return await call(timeout.Token);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                if (attempt >= options.MaxRetries)
                    throw KnowledgeException.Unavailable($"{provider} failed after {attempt + 1} attempts: {Describe(ex, options)}");
                await Task.Delay(Backoff(ex, options, attempt), cancellationToken);
            }
            catch (ClientResultException ex) when (ex.Status is 401 or 403)
            {
                throw KnowledgeException.Unavailable($"{provider} rejected the credentials (HTTP {ex.Status}).");
            }
            catch (ClientResultException ex) when (ex.Status is 400 or 404 or 413 or 422)
            {
                throw KnowledgeException.Invalid("input", $"{provider} refused the request (HTTP {ex.Status}): {ex.Message}");
            }
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        ClientResultException c => c.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested, // our timeout, not the caller's cancel
        _ => false,
    };

    private static TimeSpan Backoff(Exception ex, TranslationOptions options, int attempt)
    {
        if (ex is ClientResultException c && c.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) == true
            && int.TryParse(value, out var seconds) && seconds >= 0)
            return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryAfter.TotalSeconds));
        return TimeSpan.FromTicks(options.RetryDelay.Ticks << Math.Min(attempt, 10));
    }

    private static string Describe(Exception ex, TranslationOptions options) => ex switch
    {
        ClientResultException c => $"HTTP {c.Status}",
        OperationCanceledException => $"no answer within {options.Timeout.TotalSeconds:N0} s",
        _ => ex.Message,
    };
}
