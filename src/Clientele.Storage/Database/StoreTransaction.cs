using System.Data.Common;

namespace Clientele.Storage.Database;

/// <summary>
/// An all-or-nothing unit of work on a store: everything written through the store while it is open is kept
/// by <see cref="Commit"/> and discarded when it is disposed without one (an exception, a cancelled import).
/// </summary>
public sealed class StoreTransaction : IDisposable
{
    private readonly ClienteleStore store;
    private bool done;

    internal StoreTransaction(ClienteleStore store, DbTransaction transaction)
    {
        this.store = store;
        Transaction = transaction;
    }

    internal DbTransaction Transaction { get; }

    /// <summary>Makes everything written in this transaction permanent.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(done, this);
        Transaction.Commit();
        Finish();
    }

    /// <summary>Rolls back unless <see cref="Commit"/> was called.</summary>
    public void Dispose()
    {
        if (done) return;
        try
        {
            Transaction.Rollback();
        }
        finally
        {
            Finish();
        }
    }

    private void Finish()
    {
        done = true;
        Transaction.Dispose();
        store.EndTransaction(this);
    }
}
