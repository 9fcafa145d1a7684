using System.Data.Common;
using System.Globalization;
using Clientele.Domain.Entities;
using Npgsql;

namespace Clientele.Storage.Database;

/// <summary>The bulk load of transactions (imports of millions of rows).</summary>
public sealed partial class ClienteleStore
{
    private const string StageColumns =
        "line, external_id, row_hash, customer_id, customer_hash, date, amount, margin, quantity, unit_price, order_id, product, category, dealer_id, channel";

    /// <summary>
    /// Stores transactions in batches: each batch is staged in a temporary table (SQLite: prepared multi-row
    /// INSERTs; PostgreSQL: binary COPY), then classified against the store in one query (already stored with
    /// the same content = duplicate, with other content = conflict, customer unknown = rejected) and moved with
    /// one <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>. Runs inside the open <see cref="StoreTransaction"/>,
    /// or in its own when none is open, so the whole load commits or nothing does.
    /// </summary>
    /// <param name="transactions">The rows, each with a number (e.g. its line in the file) that identifies it in rejects.</param>
    /// <param name="createCustomers">Create customers the store does not have (with only their id) instead of rejecting their rows.</param>
    /// <param name="onReject">Receives each rejected row; <see cref="RejectedRow.Index"/> is the row's number.</param>
    public BulkInsertResult InsertTransactionsBulk(IEnumerable<(long Number, TransactionRecord Row)> transactions, bool createCustomers, Action<RejectedRow> onReject)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(onReject);
        using var own = current is null ? BeginTransaction() : null;
        var timings = StageTimings.FromEnvironment("transactions load");
        bool sqlite = dialect.Provider == StoreProvider.Sqlite;
        string stage = sqlite ? "temp.import_stage" : "pg_temp.import_stage";
        Run(sqlite
            ? "CREATE TEMP TABLE IF NOT EXISTS import_stage (line INTEGER, external_id TEXT, row_hash INTEGER, customer_id TEXT, customer_hash INTEGER, " +
              "date TEXT, amount INTEGER, margin INTEGER, quantity INTEGER, unit_price INTEGER, order_id TEXT, product TEXT, category TEXT, dealer_id TEXT, channel TEXT)"
            : "CREATE TEMP TABLE IF NOT EXISTS import_stage (line BIGINT, external_id TEXT, row_hash BIGINT, customer_id TEXT, customer_hash BIGINT, " +
              "date DATE, amount NUMERIC(19,4), margin NUMERIC(19,4), quantity NUMERIC(19,4), unit_price NUMERIC(19,4), order_id TEXT, product TEXT, " +
              "category TEXT, dealer_id TEXT, channel TEXT) ON COMMIT DROP");
        Run($"DELETE FROM {stage}");
        if (sqlite) Run("PRAGMA cache_size = -16384");

        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var customerHashes = new Dictionary<string, long>(StringComparer.Ordinal);
        long inserted = 0, duplicates = 0, rejected = 0, created = 0;
        using var stager = sqlite ? new SqliteStager(this, stage) : null;

        // A first load (the common big case) writes straight into the table; see FirstLoad.
        bool firstLoad;
        using (var probe = Command("SELECT 1 FROM transactions LIMIT 1")) firstLoad = probe.ExecuteScalar() is null;
        using var fast = firstLoad ? new FirstLoad(this, createCustomers, onReject) : null;

        // PostgreSQL's exact path analyzes each staged batch (so bigger ones); a first load keeps fewer rows in flight (memory).
        // A SQLite first load's rows live from the reader to the writer: with 20,000-row batches (four in flight) nearly
        // every row was still alive at the next collection and was promoted, and the promoted rows forced 40+ full
        // collections per 10M rows (2.3–2.8 s of pauses); 4,096-row batches: 0.75–0.8 s of pauses, 65 MB less peak
        // memory. PostgreSQL keeps 20,000 (a COPY per batch: 4,096-row batches made its rows phase 4 s slower).
        int batchSize = firstLoad && sqlite ? 4_096 : sqlite || firstLoad ? 20_000 : 50_000;
        var batch = new List<(long Number, TransactionRecord Row, long Hash)>(batchSize);

        void Flush()
        {
            if (batch.Count == 0) return;
            if (stager is not null) stager.Stage(batch, customerHashes);
            else
            {
                CopyStage(stage, batch, customerHashes);

                // Without statistics the planner guesses the staged batch's size and may hash-join the whole
                // transactions table for every batch (quadratic); with them it probes the unique indexes.
                Run($"ANALYZE {stage}");
            }

            if (createCustomers)
            {
                created += Run($"INSERT INTO customers (external_id, row_hash) SELECT customer_id, MIN(customer_hash) FROM {stage} WHERE true GROUP BY customer_id " +
                    "ON CONFLICT (external_id) DO NOTHING");
            }

            // Insert first, classify only when something was held back: most batches of new rows store every row, and
            // then the join that classifies (a second probe of the external_id index per row) is not needed at all. Rows
            // this statement stores get ids above the largest before it, so the classification can tell them apart.
            long before;
            using (var last = Command("SELECT COALESCE(MAX(id), 0) FROM transactions")) before = Convert.ToInt64(last.ExecuteScalar(), CultureInfo.InvariantCulture);
            long moved = Run(
                "INSERT INTO transactions (customer_key, external_id, row_hash, date, amount, margin, quantity, unit_price, order_id, product, category, dealer_id, channel) " +
                $"SELECT c.id, s.external_id, s.row_hash, s.date, s.amount, s.margin, s.quantity, s.unit_price, s.order_id, s.product, s.category, s.dealer_id, s.channel " +
                $"FROM {stage} s JOIN customers c ON c.external_id = s.customer_id WHERE true ON CONFLICT (external_id) DO NOTHING");
            long held = 0;
            if (moved < batch.Count)
            {
                using var classify = Command(
                    $"SELECT s.line, s.external_id, s.customer_id, t.row_hash, s.row_hash FROM {stage} s " +
                    "LEFT JOIN transactions t ON t.external_id = s.external_id LEFT JOIN customers c ON c.external_id = s.customer_id " +
                    $"WHERE (t.id IS NOT NULL AND t.id <= {before.ToString(CultureInfo.InvariantCulture)}) OR c.id IS NULL");
                using var reader = classify.ExecuteReader();
                while (reader.Read())
                {
                    held++;
                    if (reader.IsDBNull(3))
                    {
                        rejected++;
                        onReject(new RejectedRow(reader.GetInt64(0), reader.GetString(1), RejectReason.UnknownCustomer,
                            $"customer '{reader.GetString(2)}' is not in the store (import customers first, or use --create-customers)"));
                    }
                    else if (reader.GetInt64(3) == reader.GetInt64(4))
                    {
                        duplicates++;
                    }
                    else
                    {
                        rejected++;
                        onReject(new RejectedRow(reader.GetInt64(0), reader.GetString(1), RejectReason.ConflictingContent,
                            $"transactions already has '{reader.GetString(1)}' with different content"));
                    }
                }
            }

            if (moved != batch.Count - held)
            {
                throw new InvalidOperationException($"The bulk load stored {moved} of {batch.Count} staged rows but classified {held} as not storable; the import is rolled back.");
            }

            inserted += moved;
            Run($"DELETE FROM {stage}");
            batch.Clear();
            if (customerHashes.Count > 200_000) customerHashes.Clear();
        }

        // The exact path for rows the producer did not compare with each other (first loads): the same comparison here.
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        void Exact(List<(long Number, TransactionRecord Row, long Hash)> rows)
        {
            batch = new List<(long Number, TransactionRecord Row, long Hash)>(batchSize);
            foreach (var (number, row, hash) in rows)
            {
                if (seen.TryGetValue(row.Id, out long earlier))
                {
                    if (earlier == hash)
                    {
                        duplicates++;
                    }
                    else
                    {
                        rejected++;
                        onReject(new RejectedRow(number, row.Id, RejectReason.ConflictingContent, $"the input already had '{row.Id}' with different content"));
                    }

                    continue;
                }

                seen.Add(row.Id, hash);
                batch.Add((number, row, hash));
                if (batch.Count == batchSize)
                {
                    Flush();
                    seen.Clear();
                }
            }

            Flush();
            seen.Clear();
        }

        // Reading, converting and hashing run on a pool thread while this thread writes the previous batch.
        using var queue = new System.Collections.Concurrent.BlockingCollection<(List<(long Number, TransactionRecord Row, long Hash)> Rows, bool[]? MaybeSeen)>(boundedCapacity: 2);

        // PostgreSQL first loads: which ids may repeat an earlier one, decided here on the reader thread (the writer is
        // the busier one). SQLite first loads ask the unique index as they insert (FirstLoad), so rows only need batching.
        var seenIds = firstLoad && !sqlite ? new IdFingerprints() : null;
        long readDuplicates = 0, readRejected = 0;

        // Batch lists go back to the reader once written: a 20,000-row list is a large-object-heap array, and a new
        // one per batch made the collector run full collections.
        var spare = new System.Collections.Concurrent.ConcurrentQueue<List<(long Number, TransactionRecord Row, long Hash)>>();
        List<(long Number, TransactionRecord Row, long Hash)> NewBatch() => spare.TryDequeue(out var list) ? list : new(batchSize);
        var producer = Task.Run(() =>
        {
            try
            {
                var filling = NewBatch();
                var maybeSeen = seenIds is null ? null : new bool[batchSize];

                // A batch's fingerprints go into the table together, so that its memory misses overlap.
                var fingerprints = seenIds is null ? null : new uint[batchSize];
                foreach (var (number, row) in transactions)
                {
                    ArgumentNullException.ThrowIfNull(row, nameof(transactions));
                    long hash = ContentHash.Of(row);
                    if (firstLoad)
                    {
                        if (fingerprints is not null) fingerprints[filling.Count] = IdFingerprints.Fingerprint(row.Id);
                        filling.Add((number, row, hash));
                        if (filling.Count == batchSize)
                        {
                            seenIds?.AddAll(fingerprints, maybeSeen);
                            queue.Add((filling, maybeSeen));
                            filling = NewBatch();
                            maybeSeen = seenIds is null ? null : new bool[batchSize];
                        }

                        continue;
                    }

                    // Two rows with one id in the same batch: the first one is staged, the second is compared to it here.
                    if (ids.TryGetValue(row.Id, out long earlier))
                    {
                        if (earlier == hash)
                        {
                            readDuplicates++;
                        }
                        else
                        {
                            readRejected++;
                            onReject(new RejectedRow(number, row.Id, RejectReason.ConflictingContent, $"the input already had '{row.Id}' with different content"));
                        }

                        continue;
                    }

                    ids.Add(row.Id, hash);
                    filling.Add((number, row, hash));
                    if (filling.Count == batchSize)
                    {
                        queue.Add((filling, null));
                        filling = NewBatch();
                        ids.Clear();
                    }
                }

                if (filling.Count > 0)
                {
                    seenIds?.AddAll(fingerprints.AsSpan(0, filling.Count), maybeSeen);
                    queue.Add((filling, maybeSeen));
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        });

        try
        {
            foreach (var (next, maybeSeen) in queue.GetConsumingEnumerable())
            {
                if (fast is { Active: true })
                {
                    fast.Write(next, maybeSeen);
                    next.Clear();
                    spare.Enqueue(next);

                    // Many repeated ids: the exact path from here on, with bounded memory.
                    if (fast.Suspects.Count > 100_000)
                    {
                        fast.End();
                        Exact(fast.Suspects);
                        fast.Suspects.Clear();
                    }
                }
                else if (firstLoad)
                {
                    Exact(next);
                }
                else
                {
                    batch = next;
                    Flush();
                    spare.Enqueue(next);
                }
            }
        }
        catch
        {
            // Stop the reader too (it blocks on a full queue otherwise) before the transaction rolls back.
            while (!producer.IsCompleted) queue.TryTake(out _, 100);
            throw;
        }

        producer.GetAwaiter().GetResult();
        timings.Mark("rows written");
        if (fast is { Active: true })
        {
            fast.End();
            timings.Mark("indexes rebuilt");
            Exact(fast.Suspects);
        }

        if (fast is not null)
        {
            inserted += fast.Inserted;
            duplicates += fast.Duplicates;
            rejected += fast.Rejected;
            created += fast.Created;
        }

        duplicates += readDuplicates;
        rejected += readRejected;
        if (sqlite) Run("PRAGMA cache_size = -2000");
        Run($"DROP TABLE IF EXISTS {stage}");
        own?.Commit();
        return new BulkInsertResult(inserted, duplicates, rejected, created);
    }

    private static long CustomerHash(Dictionary<string, long> cache, string customer)
    {
        if (!cache.TryGetValue(customer, out long hash))
        {
            hash = ContentHash.Of(new Customer(customer));
            cache[customer] = hash;
        }

        return hash;
    }

    private long Run(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteNonQuery();
    }

    private void CopyStage(string stage, List<(long Number, TransactionRecord Row, long Hash)> batch, Dictionary<string, long> customerHashes)
    {
        using var copy = new PgBinaryCopy((NpgsqlConnection)connection, $"{stage} ({StageColumns})");
        foreach (var (number, t, hash) in batch)
        {
            copy.StartRow(15);
            copy.BigInt(number);
            copy.Text(t.Id);
            copy.BigInt(hash);
            copy.Text(t.CustomerId);
            copy.BigInt(CustomerHash(customerHashes, t.CustomerId));
            WriteTransactionValues(copy, t);
        }

        copy.Complete();
    }

    /// <summary>The columns from <c>date</c> to <c>channel</c> of a transaction row in a binary COPY (both COPY paths share them).</summary>
    private static void WriteTransactionValues(PgBinaryCopy copy, TransactionRecord t)
    {
        copy.Date(t.Date);
        copy.Numeric(StoredDecimal.ToScaled(t.Amount, "amount", t.Id));
        WriteNullable(copy, t.Margin, "margin", t.Id);
        WriteNullable(copy, t.Quantity, "quantity", t.Id);
        WriteNullable(copy, t.UnitPrice, "unit_price", t.Id);
        copy.Text(t.OrderId);
        copy.Text(t.Product);
        copy.Text(t.Category);
        copy.Text(t.DealerId);
        copy.Text(t.Channel);
    }

    private static void WriteNullable(PgBinaryCopy copy, decimal? value, string column, string id)
    {
        if (value is { } v) copy.Numeric(StoredDecimal.ToScaled(v, column, id));
        else copy.Null();
    }

    /// <summary>
    /// Stages SQLite rows through one prepared statement bound by position with the native API: Microsoft.Data.Sqlite
    /// binds parameters by name on every execution, which cost more than the insert itself.
    /// </summary>
    private sealed class SqliteStager : IDisposable
    {
        private readonly SQLitePCL.sqlite3_stmt statement;
        private readonly SQLitePCL.sqlite3 db;

        public SqliteStager(ClienteleStore store, string stage)
        {
            db = ((Microsoft.Data.Sqlite.SqliteConnection)store.connection).Handle!;
            string sql = $"INSERT INTO {stage} ({StageColumns}) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)";
            Check(SQLitePCL.raw.sqlite3_prepare_v2(db, sql, out statement));
        }

        public void Stage(List<(long Number, TransactionRecord Row, long Hash)> batch, Dictionary<string, long> customerHashes)
        {
            foreach (var (number, t, hash) in batch)
            {
                SQLitePCL.raw.sqlite3_bind_int64(statement, 1, number);
                SQLitePCL.raw.sqlite3_bind_text(statement, 2, t.Id);
                SQLitePCL.raw.sqlite3_bind_int64(statement, 3, hash);
                SQLitePCL.raw.sqlite3_bind_text(statement, 4, t.CustomerId);
                SQLitePCL.raw.sqlite3_bind_int64(statement, 5, CustomerHash(customerHashes, t.CustomerId));
                SQLitePCL.raw.sqlite3_bind_text(statement, 6, t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                SQLitePCL.raw.sqlite3_bind_int64(statement, 7, StoredDecimal.ToScaled(t.Amount, "amount", t.Id));
                Bind(8, t.Margin, "margin", t.Id);
                Bind(9, t.Quantity, "quantity", t.Id);
                Bind(10, t.UnitPrice, "unit_price", t.Id);
                Bind(11, t.OrderId);
                Bind(12, t.Product);
                Bind(13, t.Category);
                Bind(14, t.DealerId);
                Bind(15, t.Channel);
                int rc = SQLitePCL.raw.sqlite3_step(statement);
                SQLitePCL.raw.sqlite3_reset(statement);
                if (rc != SQLitePCL.raw.SQLITE_DONE) Check(rc);
            }
        }

        public void Dispose() => statement.Dispose();

        private void Bind(int index, decimal? value, string column, string id)
        {
            if (value is { } v) SQLitePCL.raw.sqlite3_bind_int64(statement, index, StoredDecimal.ToScaled(v, column, id));
            else SQLitePCL.raw.sqlite3_bind_null(statement, index);
        }

        private void Bind(int index, string? value)
        {
            if (value is null) SQLitePCL.raw.sqlite3_bind_null(statement, index);
            else SQLitePCL.raw.sqlite3_bind_text(statement, index, value);
        }

        private void Check(int rc)
        {
            if (rc != SQLitePCL.raw.SQLITE_OK) throw new Microsoft.Data.Sqlite.SqliteException($"SQLite error {rc}: {SQLitePCL.raw.sqlite3_errmsg(db).utf8_to_string()}", rc);
        }
    }
}
