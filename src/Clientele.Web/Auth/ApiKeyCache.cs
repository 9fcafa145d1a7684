using System.Collections.Concurrent;
using Clientele.Storage.Database;
using Clientele.Web.Data;

namespace Clientele.Web.Auth;

/// <summary>
/// Stored API key records, kept for a short time so a script's burst of requests costs one store lookup, not one per
/// request. A revocation through this server takes effect at once (<see cref="Forget"/>); one made elsewhere (the
/// CLI) within <see cref="Lifetime"/>.
/// </summary>
public sealed class ApiKeyCache(StorePool pool, TimeProvider clock)
{
    /// <summary>How long a looked-up key is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Key, DateTimeOffset At)> entries = new(StringComparer.Ordinal);

    /// <summary>The stored key with id <paramref name="keyId"/> (revoked or not), or null.</summary>
    public async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(keyId, out var entry) && now - entry.At < Lifetime) return entry.Key;
        var key = await pool.RunAsync(store => store.FindApiKey(keyId), cancellationToken).ConfigureAwait(false);

        // Unknown ids are cached too (as null), so guessing does not reach the store more often; the size is capped.
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[keyId] = (key, now);
        return key;
    }

    /// <summary>Drops a key so the next request reads it from the store (after a revocation).</summary>
    public void Forget(string keyId) => entries.TryRemove(keyId, out _);
}
