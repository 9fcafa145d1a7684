using Microsoft.Data.Sqlite;

namespace Clientele.Storage.Database;

/// <summary>The journal a SQLite file uses while a first load of transactions fills it.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>
    /// Before a transactions import into a SQLite file whose transactions table is empty (call it before
    /// <see cref="BeginTransaction"/>): switches the file from WAL to a rollback journal until disposed. Why: in WAL
    /// mode every page of a big transaction is written twice (into the WAL, then by the checkpoint into the file) and
    /// every page read while it is open is first looked up in the WAL index; a rollback journal saves the original
    /// content only of pages that existed before the transaction, and a first load's pages are appended to the file,
    /// so each is written once (a 10-million-row load: 40 s → 26 s, a third of the CPU was the kernel copying pages).
    /// Other connections wait while it runs (the CLI asks for it, the web server does not: <see cref="Import.ImportOptions.ExclusiveFirstLoad"/>).
    /// It stays all or nothing: a killed load leaves a hot journal, and the next open rolls the file back and truncates
    /// it. Synchronous is FULL meanwhile (NORMAL is only safe with WAL). Foreign keys are off meanwhile: SQLite gives
    /// every multi-row INSERT into a table with a foreign key a statement journal (a copy of each page it touches, to undo
    /// the statement alone), which wrote 20 GB into a temporary file for a 1.7 GB load; the load looks up or creates
    /// every row's customer itself, and checks at its end that each stored customer key exists (FirstLoad.End). While the load spills or commits, readers wait
    /// (an empty table has none that matter); when another connection holds the file, the switch is refused at once and
    /// the load runs in WAL. Null when there is nothing to switch (PostgreSQL, in-memory files, a non-empty table).
    /// </summary>
    public IDisposable? BeginBulkLoad(StoreEntity entity)
    {
        if (entity != StoreEntity.Transactions || dialect.Provider != StoreProvider.Sqlite || Location.FilePath is null || current is not null) return null;
        using (var probe = Command("SELECT 1 FROM transactions LIMIT 1"))
        {
            if (probe.ExecuteScalar() is not null) return null;
        }

        try
        {
            using var command = Command("PRAGMA journal_mode = DELETE");
            command.CommandTimeout = 1;
            if (command.ExecuteScalar() as string != "delete") return null;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: other connections have the file open.
            return null;
        }

        Run("PRAGMA synchronous = FULL");
        Run("PRAGMA foreign_keys = OFF");
        return new WalRestore(this);
    }

    /// <summary>A pragma's value on this store's connection (tests).</summary>
    internal object? Pragma(string name)
    {
        using var command = Command($"PRAGMA {name}");
        return command.ExecuteScalar();
    }

    /// <summary>Back to WAL (and NORMAL sync) after the load, committed or rolled back.</summary>
    private sealed class WalRestore(ClienteleStore store) : IDisposable
    {
        public void Dispose()
        {
            store.Run("PRAGMA synchronous = NORMAL");
            store.Run("PRAGMA foreign_keys = ON");
            try
            {
                store.Run("PRAGMA journal_mode = WAL");
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
            {
                // A reader holds the file: it stays in rollback mode until the next open sets WAL again (Configure).
            }
        }
    }
}
