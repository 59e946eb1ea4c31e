namespace RoyaltyLedger.Application;

/// <summary>
/// Many grain calls with a bound on how many are in flight: a request naming 1,000 works would otherwise activate
/// 1,000 grains at once, each reading its state, and exhaust the database's connections (PostgreSQL refused them
/// with "too many clients"). Continuations stay on the caller's scheduler, so grains may use this too.
/// </summary>
public static class BoundedCalls
{
    public const int MaxInFlight = 32;

    /// <summary>The results of <paramref name="call"/> for each key, in key order.</summary>
    public static async Task<T[]> AllAsync<T>(IReadOnlyList<string> keys, Func<string, Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(call);
        using var gate = new SemaphoreSlim(MaxInFlight);
        return await Task.WhenAll(keys.Select(async key =>
        {
            await gate.WaitAsync().ConfigureAwait(true);
            try
            {
                return await call(key).ConfigureAwait(true);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(true);
    }
}
