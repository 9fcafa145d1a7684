using System.Collections.Concurrent;
using Clientele.Storage.Database;
using Microsoft.Extensions.Options;

namespace Clientele.Web.Data;

/// <summary>
/// Open stores shared by requests: a <see cref="ClienteleStore"/> is one connection and not thread-safe, and opening
/// one checks the schema version (a write lock on SQLite), so requests borrow an open store for the duration of
/// their queries instead of opening their own. At most <see cref="ClienteleWebOptions.StoreConnections"/> are open;
/// a store whose work threw is closed rather than reused, in case its connection is broken.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly ConcurrentBag<ClienteleStore> idle = [];
    private readonly SemaphoreSlim slots;
    private bool disposed;

    /// <summary>A pool over the store named by the options (or <c>CLIENTELE_DB</c>, else <c>./clientele.db</c>).</summary>
    public StorePool(IOptions<ClienteleWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Location = StoreLocation.Resolve(options.Value.Db, Environment.GetEnvironmentVariable("CLIENTELE_DB"));
        int size = options.Value.StoreConnections;
        if (size < 1) throw new ArgumentException($"StoreConnections must be at least 1, got {size}.", nameof(options));
        slots = new SemaphoreSlim(size, size);
    }

    /// <summary>The store the pool opens.</summary>
    public StoreLocation Location { get; }

    /// <summary>Runs <paramref name="work"/> on a borrowed store (waiting for a free one) and returns its result.</summary>
    public async Task<T> RunAsync<T>(Func<ClienteleStore, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        ClienteleStore? store = null;
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            store = idle.TryTake(out var open) ? open : ClienteleStore.Open(Location, createIfMissing: false);
            var result = work(store);
            idle.Add(store);
            store = null;
            return result;
        }
        finally
        {
            store?.Dispose();
            slots.Release();
        }
    }

    /// <summary>Opens a store of its own for long work (an analysis, an import), so it does not hold one of the shared ones.</summary>
    public ClienteleStore OpenDedicated() => ClienteleStore.Open(Location, createIfMissing: false);

    /// <summary>Closes the idle stores.</summary>
    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var store)) store.Dispose();
        slots.Dispose();
    }
}
