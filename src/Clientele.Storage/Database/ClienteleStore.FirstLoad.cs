using System.Data.Common;
using System.Globalization;
using Clientele.Domain.Entities;
using Npgsql;

namespace Clientele.Storage.Database;

/// <summary>The bulk load of transactions into an empty transactions table.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>
    /// Writes transactions straight into an empty table, skipping the staging and classification of the exact path.
    /// Secondary indexes (PostgreSQL: also the unique and foreign-key constraints) are dropped at the start and
    /// rebuilt by <see cref="End"/> in the same store transaction, so a failed or killed load leaves the schema as it
    /// was. Repeated ids: SQLite keeps the unique index on <c>external_id</c> (it cannot be dropped, and rows of a
    /// file sorted by customer arrive in its order), so each insert skips a repeated id (<c>ON CONFLICT DO NOTHING</c>)
    /// and the few multi-row inserts that stored fewer rows than given are classified row by row (duplicate or
    /// conflict). PostgreSQL has no index to ask during the COPY: a row whose id the load has certainly not seen
    /// before (<see cref="IdFingerprints"/>, kept by the reader thread) cannot be a duplicate or a conflict, and rows
    /// that may repeat an earlier id are held back as <see cref="Suspects"/> for the exact path, which runs after
    /// <see cref="End"/>.
    /// </summary>
    private sealed class FirstLoad : IDisposable
    {
        private const string Columns = "customer_key, external_id, row_hash, date, amount, margin, quantity, unit_price, order_id, product, category, dealer_id, channel";
        private const int ColumnCount = 13;

        // Rows per multi-row INSERT: one statement execution (cursors opened, positioned and closed once) per 32 rows.
        private const int RowsPerInsert = 32;

        private readonly ClienteleStore store;
        private readonly bool sqlite;
        private readonly bool createCustomers;
        private readonly Action<RejectedRow> onReject;
        private readonly Dictionary<string, long> customerKeys = new(StringComparer.Ordinal);
        private readonly List<string> rebuild = [];
        private readonly SQLitePCL.sqlite3_stmt? insert, insertMany, findCustomer, addCustomer, findTransaction;
        private readonly List<(long Number, TransactionRecord Row, long Hash, long Customer)> clean = [];

        // Per parameter of insert / insertMany: bound to NULL now (sqlite3_reset keeps bindings, so a NULL stays bound).
        private readonly bool[] nullBound = new bool[ColumnCount + 1], nullBoundMany = new bool[(ColumnCount * RowsPerInsert) + 1];
        private readonly bool customersWereEmpty;

        // SQLite with foreign keys off (ClienteleStore.BeginBulkLoad): End checks the customer keys itself.
        private readonly bool foreignKeysOff;
        private readonly HashSet<string> missing = new(StringComparer.Ordinal);
        private bool[] held = [];
        private long analyzedAt;

        // PostgreSQL: the COPY writes frozen rows (the table was truncated in this transaction).
        private bool freeze = true;

        // PostgreSQL: the ids the COPY gives its rows, from one nextval at the start; End moves the sequence past them.
        // Evaluating the column's default (nextval: a sequence lock and buffer per row) was ≈ a tenth of the server's
        // work per row. Safe because the load holds the table's exclusive lock (its constraints were dropped), so no
        // other session inserts meanwhile; like nextval, the sequence stays advanced if the load rolls back.
        private long nextId, firstId;

        // PostgreSQL creating customers into an empty customers table: the customers this load created, as fingerprints (an
        // id certainly not among them is created without asking the store), and the ids the customers COPY gives them. The
        // table is locked against other writers for the load, so nobody else creates customers meanwhile.
        private readonly IdFingerprints? createdCustomers;
        private long nextCustomerId, firstCustomerId;
        private byte[] utf8 = new byte[256];

        // The largest transactions rowid stored so far (the table was empty): rows a statement stored have larger ones.
        private long lastRowid;

        public FirstLoad(ClienteleStore store, bool createCustomers, Action<RejectedRow> onReject)
        {
            this.store = store;
            this.createCustomers = createCustomers;
            this.onReject = onReject;
            sqlite = store.dialect.Provider == StoreProvider.Sqlite;
            if (sqlite)
            {
                foreach (var (name, sql) in store.Pairs("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'transactions' AND sql IS NOT NULL"))
                {
                    rebuild.Add(sql);
                    store.Run($"DROP INDEX \"{name}\"");
                }

                var db = Db;
                // OR FAIL and deferred foreign keys: a multi-row INSERT that may abort half-way keeps a statement journal
                // (a copy of every page it touches) to undo its own rows; any failure rolls the whole load back anyway,
                // and a repeated id is skipped, not an error. Deferred keys are still checked, at commit.
                store.Run("PRAGMA defer_foreign_keys = ON");
                Check(SQLitePCL.raw.sqlite3_prepare_v2(db, $"INSERT OR FAIL INTO transactions ({Columns}) VALUES {Values(1)} ON CONFLICT (external_id) DO NOTHING", out insert));
                Check(SQLitePCL.raw.sqlite3_prepare_v2(db, $"INSERT OR FAIL INTO transactions ({Columns}) VALUES {Values(RowsPerInsert)} ON CONFLICT (external_id) DO NOTHING", out insertMany));
                Check(SQLitePCL.raw.sqlite3_prepare_v2(db, "SELECT id, row_hash FROM transactions WHERE external_id = ?1", out findTransaction));
                Check(SQLitePCL.raw.sqlite3_prepare_v2(db, "SELECT id FROM customers WHERE external_id = ?1", out findCustomer));
                Check(SQLitePCL.raw.sqlite3_prepare_v2(db, "INSERT INTO customers (external_id, row_hash) VALUES (?1, ?2) ON CONFLICT (external_id) DO NOTHING", out addCustomer));
                customersWereEmpty = CustomersEmpty();
                using (var keys = store.Command("PRAGMA foreign_keys")) foreignKeysOff = Convert.ToInt64(keys.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
            }
            else
            {
                // The table is empty: truncating it gives it a new file within this transaction, so the COPY may write its
                // rows frozen (no later pass setting hint bits or freezing them: the first reads would rewrite the whole
                // table), and a server with wal_level = minimal writes no WAL for them or for the indexes built on them
                // (the file is synced at commit instead). It also locks the table until the commit, as a load should.
                using (var referenced = store.Command("SELECT 1 FROM pg_constraint WHERE confrelid = 'transactions'::regclass LIMIT 1"))
                {
                    if (referenced.ExecuteScalar() is null) store.Run("TRUNCATE transactions");
                    else freeze = false;
                }

                // Unique, primary-key (when no other table refers to it) and foreign-key constraints first (their indexes go
                // with them), then the plain indexes; rebuilt in the same order: each unique index from one sort, the
                // foreign key checked with one join.
                foreach (var (name, definition) in store.Pairs(
                    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'transactions'::regclass AND contype IN ('u', 'p', 'f') " +
                    "AND (contype <> 'p' OR NOT EXISTS (SELECT 1 FROM pg_constraint r WHERE r.confrelid = 'transactions'::regclass)) ORDER BY contype DESC, conname"))
                {
                    rebuild.Add($"ALTER TABLE transactions ADD CONSTRAINT \"{name}\" {definition}");
                    store.Run($"ALTER TABLE transactions DROP CONSTRAINT \"{name}\"");
                }

                foreach (var (name, definition) in store.Pairs(
                    "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid " +
                    "WHERE i.indrelid = 'transactions'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1"))
                {
                    rebuild.Add(definition);
                    store.Run($"DROP INDEX \"{name}\"");
                }

                // The rebuilt indexes sort in memory up to this size (10M rows: 12.5 s with 256 MB, 9.3 s with 1 GB); it is
                // a cap for this transaction's index builds, not an allocation.
                store.Run("SET LOCAL maintenance_work_mem = '1GB'");

                using (var sequence = store.Command("SELECT nextval(pg_get_serial_sequence('transactions', 'id'))"))
                {
                    firstId = nextId = Convert.ToInt64(sequence.ExecuteScalar(), CultureInfo.InvariantCulture);
                }

                // Customer lookups need the planner to know how big customers is (else it scans the table per batch).
                store.Run("ANALYZE customers");
                customersWereEmpty = CustomersEmpty();
                if (createCustomers && customersWereEmpty)
                {
                    // Readers go on; writers of customers wait for the load (checked again under the lock).
                    store.Run("LOCK TABLE customers IN SHARE ROW EXCLUSIVE MODE");
                    customersWereEmpty = CustomersEmpty();
                    if (customersWereEmpty)
                    {
                        createdCustomers = new IdFingerprints();
                        using var sequence = store.Command("SELECT nextval(pg_get_serial_sequence('customers', 'id'))");
                        firstCustomerId = nextCustomerId = Convert.ToInt64(sequence.ExecuteScalar(), CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        /// <summary>True until <see cref="End"/>.</summary>
        public bool Active { get; private set; } = true;

        public long Inserted { get; private set; }

        public long Rejected { get; private set; }

        /// <summary>Rows that repeat an earlier row of the load (SQLite; PostgreSQL finds them in the exact path).</summary>
        public long Duplicates { get; private set; }

        public long Created { get; private set; }

        /// <summary>Rows whose id may have been seen before, in input order, for the exact path.</summary>
        public List<(long Number, TransactionRecord Row, long Hash)> Suspects { get; } = [];

        private SQLitePCL.sqlite3 Db => ((Microsoft.Data.Sqlite.SqliteConnection)store.connection).Handle!;

        /// <summary>Stores the batch's rows with new ids; holds back the others as <see cref="Suspects"/>.</summary>
        /// <param name="batch">The rows.</param>
        /// <param name="maybeSeen">Per row: whether its id may repeat an earlier one of the load (<see cref="IdFingerprints"/>); null on SQLite, where the unique index tells.</param>
        public void Write(List<(long Number, TransactionRecord Row, long Hash)> batch, bool[]? maybeSeen)
        {
            // A bounded cache: past it, customers are looked up again (in the store, where they now are).
            if (customerKeys.Count > 100_000) customerKeys.Clear();
            missing.Clear();
            if (held.Length < batch.Count) held = new bool[batch.Count];
            Array.Clear(held);

            // Rows of one customer come together in most files, and the reader hands out one string for a repeated
            // value: a reference check skips hashing the id again.
            string? previous = null;
            for (int i = 0; i < batch.Count; i++)
            {
                var (number, row, hash) = batch[i];
                if (maybeSeen is not null && maybeSeen[i])
                {
                    held[i] = true;
                    Suspects.Add((number, row, hash));
                }
                else if (!ReferenceEquals(row.CustomerId, previous))
                {
                    previous = row.CustomerId;
                    if (!customerKeys.ContainsKey(previous)) missing.Add(previous);
                }
            }

            if (missing.Count > 0) Resolve(missing);

            clean.Clear();
            previous = null;
            bool found = false;
            long key = 0;
            for (int i = 0; i < batch.Count; i++)
            {
                if (held[i]) continue;
                var (number, row, hash) = batch[i];
                if (!ReferenceEquals(row.CustomerId, previous))
                {
                    previous = row.CustomerId;
                    found = customerKeys.TryGetValue(previous, out key);
                }

                if (found)
                {
                    clean.Add((number, row, hash, key));
                }
                else
                {
                    // The table was empty and the id is new, so the customer is the only reason (as in the exact path).
                    Rejected++;
                    onReject(new RejectedRow(number, row.Id, RejectReason.UnknownCustomer,
                        $"customer '{row.CustomerId}' is not in the store (import customers first, or use --create-customers)"));
                }
            }

            if (sqlite)
            {
                InsertSqlite();
            }
            else
            {
                Copy();
                Inserted += clean.Count;
            }
        }

        /// <summary>Rebuilds what the constructor dropped; the table is in its normal state afterwards.</summary>
        public void End()
        {
            if (!Active) return;
            Active = false;
            Dispose();
            if (!sqlite && nextId > firstId)
            {
                // The exact path (held-back rows) and later imports take ids after the ones the COPY gave.
                store.Run($"SELECT setval(pg_get_serial_sequence('transactions', 'id'), {(nextId - 1).ToString(CultureInfo.InvariantCulture)})");
            }

            if (nextCustomerId > firstCustomerId)
            {
                store.Run($"SELECT setval(pg_get_serial_sequence('customers', 'id'), {(nextCustomerId - 1).ToString(CultureInfo.InvariantCulture)})");
            }

            // SQLite sorts each rebuilt index with a helper thread (the reader is done, its core idle): 4.0 s → 3.0 s for 10M rows.
            if (sqlite) store.Run("PRAGMA threads = 2");
            foreach (var sql in rebuild) store.Run(sql);
            if (sqlite) store.Run("PRAGMA threads = 0");
            if (foreignKeysOff)
            {
                // What the foreign key would have checked, in one pass over the customer index just rebuilt (0.3 s for 10M rows).
                using var check = store.Command(
                    "SELECT COUNT(*) FROM (SELECT DISTINCT customer_key AS k FROM transactions) LEFT JOIN customers c ON c.id = k WHERE c.id IS NULL");
                long orphans = Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture);
                if (orphans > 0) throw new InvalidOperationException($"The bulk load stored transactions of {orphans} customer keys that customers does not have; the import is rolled back.");
            }


            // The exact path's classification probes the new indexes; statistics keep the planner on them.
            if (!sqlite) store.Run("ANALYZE transactions");
        }

        public void Dispose()
        {
            insert?.Dispose();
            insertMany?.Dispose();
            findCustomer?.Dispose();
            addCustomer?.Dispose();
            findTransaction?.Dispose();
        }

        /// <summary>Finds (or creates) the keys of customers not in the cache; the ones still unknown stay out of it.</summary>
        private void Resolve(HashSet<string> missing)
        {
            if (sqlite)
            {
                foreach (var customer in missing)
                {
                    // Into a store that had no customers, a customer is new unless this load created it (and the cache
                    // forgot it): try the insert first, one statement for the common case.
                    long key = customersWereEmpty && createCustomers ? Create(customer) : 0;
                    if (key == 0)
                    {
                        SQLitePCL.raw.sqlite3_bind_text(findCustomer, 1, customer);
                        int rc = SQLitePCL.raw.sqlite3_step(findCustomer);
                        key = rc == SQLitePCL.raw.SQLITE_ROW ? SQLitePCL.raw.sqlite3_column_int64(findCustomer, 0) : 0;
                        SQLitePCL.raw.sqlite3_reset(findCustomer);
                        if (rc != SQLitePCL.raw.SQLITE_ROW && rc != SQLitePCL.raw.SQLITE_DONE) Check(rc);
                    }

                    if (key == 0 && createCustomers && !customersWereEmpty) key = Create(customer);
                    if (key != 0) customerKeys[customer] = key;
                }

                return;
            }

            var ids = missing.ToArray();
            if (createdCustomers is not null)
            {
                CreateByCopy(ids);
                return;
            }

            // Into a store that had no customers, try the insert first (as SQLite does): a customer is new unless this
            // load created it and the cache forgot it.
            if (!(createCustomers && customersWereEmpty)) Select(ids);
            if (!createCustomers) return;
            var absent = ids.Where(id => !customerKeys.ContainsKey(id)).ToArray();
            if (absent.Length == 0) return;
            using (var command = store.Command(
                "INSERT INTO customers (external_id, row_hash) SELECT * FROM unnest(@ids, @hashes) ON CONFLICT (external_id) DO NOTHING RETURNING external_id, id"))
            {
                AddValue(command, "ids", absent);
                AddValue(command, "hashes", absent.Select(id => ContentHash.Of(new Customer(id))).ToArray());
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    customerKeys[reader.GetString(0)] = reader.GetInt64(1);
                    Created++;
                }
            }

            // Rows another session stored meanwhile (ON CONFLICT skipped them) exist all the same.
            Select(absent.Where(id => !customerKeys.ContainsKey(id)).ToArray());

            // The table grows within this transaction, which autovacuum cannot see: fresh statistics at every doubling
            // keep the lookups on the unique index (a stale "empty" made each batch scan all of customers).
            if (Created >= (2 * analyzedAt) + 10_000)
            {
                store.Run("ANALYZE customers");
                analyzedAt = Created;
            }
        }

        /// <summary>
        /// PostgreSQL, customers created into an empty table under the load's lock: customers this load certainly has not
        /// created yet are new (nobody else writes customers meanwhile) and go in by COPY with ids given here; the few that
        /// it may have created (the cache forgot them, or a fingerprint collision) are looked up first.
        /// </summary>
        private void CreateByCopy(string[] ids)
        {
            var fingerprints = new uint[ids.Length];
            var maybeCreated = new bool[ids.Length];
            for (int i = 0; i < ids.Length; i++) fingerprints[i] = IdFingerprints.Fingerprint(ids[i]);
            createdCustomers!.AddAll(fingerprints, maybeCreated);
            var lookUp = ids.Where((_, i) => maybeCreated[i]).ToArray();
            if (lookUp.Length > 0)
            {
                // The table grows within this transaction, which autovacuum cannot see: fresh statistics before a lookup
                // keep it on the unique index (a stale "empty" scans all of customers).
                if (Created >= (2 * analyzedAt) + 10_000)
                {
                    store.Run("ANALYZE customers");
                    analyzedAt = Created;
                }

                Select(lookUp);
            }

            var create = ids.Where(id => !customerKeys.ContainsKey(id)).ToArray();
            if (create.Length == 0) return;
            using var copy = new PgBinaryCopy((NpgsqlConnection)store.connection, "customers (id, external_id, row_hash)");
            foreach (var id in create)
            {
                long key = nextCustomerId++;
                copy.StartRow(3);
                copy.BigInt(key);
                copy.Text(id);
                copy.BigInt(ContentHash.Of(new Customer(id)));
                customerKeys[id] = key;
                Created++;
            }

            copy.Complete();
        }

        private bool CustomersEmpty()
        {
            using var probe = store.Command("SELECT 1 FROM customers LIMIT 1");
            return probe.ExecuteScalar() is null;
        }

        private void Select(string[] ids)
        {
            if (ids.Length == 0) return;
            using var command = store.Command("SELECT external_id, id FROM customers WHERE external_id = ANY(@ids)");
            AddValue(command, "ids", ids);
            using var reader = command.ExecuteReader();
            while (reader.Read()) customerKeys[reader.GetString(0)] = reader.GetInt64(1);
        }

        private void InsertSqlite()
        {
            int done = 0;
            for (; done + RowsPerInsert <= clean.Count; done += RowsPerInsert)
            {
                for (int r = 0; r < RowsPerInsert; r++) BindRow(insertMany!, nullBoundMany, r * ColumnCount, clean[done + r]);
                Stored(Step(insertMany!), done, RowsPerInsert);
            }

            for (; done < clean.Count; done++)
            {
                BindRow(insert!, nullBound, 0, clean[done]);
                Stored(Step(insert!), done, 1);
            }
        }

        /// <summary>
        /// Counts what one insert of <paramref name="count"/> rows from <paramref name="first"/> on stored; when it skipped
        /// repeated ids, tells each skipped row's duplicate from its conflict by the stored row's hash. The statement stores
        /// its rows in order with rising rowids, so of the rows that found a rowid it created, the first one is the stored one.
        /// </summary>
        private void Stored(int changes, int first, int count)
        {
            long before = lastRowid;
            if (changes > 0) lastRowid = SQLitePCL.raw.sqlite3_last_insert_rowid(Db);
            Inserted += changes;
            if (changes == count) return;
            var claimed = new HashSet<long>();
            for (int i = first; i < first + count; i++)
            {
                var (number, row, hash, _) = clean[i];
                SQLitePCL.raw.sqlite3_bind_text(findTransaction, 1, row.Id);
                int rc = SQLitePCL.raw.sqlite3_step(findTransaction);
                if (rc != SQLitePCL.raw.SQLITE_ROW)
                {
                    SQLitePCL.raw.sqlite3_reset(findTransaction);
                    Check(rc == SQLitePCL.raw.SQLITE_DONE ? SQLitePCL.raw.SQLITE_INTERNAL : rc);
                }

                long id = SQLitePCL.raw.sqlite3_column_int64(findTransaction, 0), storedHash = SQLitePCL.raw.sqlite3_column_int64(findTransaction, 1);
                SQLitePCL.raw.sqlite3_reset(findTransaction);
                if (id > before && claimed.Add(id)) continue;
                if (storedHash == hash)
                {
                    Duplicates++;
                }
                else
                {
                    Rejected++;
                    onReject(new RejectedRow(number, row.Id, RejectReason.ConflictingContent, $"the input already had '{row.Id}' with different content"));
                }
            }
        }

        /// <summary>Creates the customer; 0 when it exists already.</summary>
        private long Create(string customer)
        {
            SQLitePCL.raw.sqlite3_bind_text(addCustomer, 1, customer);
            SQLitePCL.raw.sqlite3_bind_int64(addCustomer, 2, ContentHash.Of(new Customer(customer)));
            if (Step(addCustomer!) == 0) return 0;
            Created++;
            return SQLitePCL.raw.sqlite3_last_insert_rowid(Db);
        }

        /// <summary>Runs the statement; the number of rows it changed.</summary>
        private int Step(SQLitePCL.sqlite3_stmt s)
        {
            int rc = SQLitePCL.raw.sqlite3_step(s);
            SQLitePCL.raw.sqlite3_reset(s);
            if (rc != SQLitePCL.raw.SQLITE_DONE) Check(rc);
            return SQLitePCL.raw.sqlite3_changes(Db);
        }

        /// <summary>Binds one row to parameters <paramref name="offset"/> + 1 … + 13 (native binds: see <see cref="SqliteNative"/>).</summary>
        private void BindRow(SQLitePCL.sqlite3_stmt statement, bool[] nulls, int offset, (long Number, TransactionRecord Row, long Hash, long Customer) row)
        {
            var (_, t, hash, customer) = row;
            IntPtr s = statement.DangerousGetHandle();
            Span<byte> date = stackalloc byte[10];
            Bound(SqliteNative.BindInt64(s, offset + 1, customer));
            BindUtf8(s, offset + 2, t.Id);
            Bound(SqliteNative.BindInt64(s, offset + 3, hash));
            IsoDay(t.Date, date);
            Bound(SqliteNative.BindText(s, offset + 4, date));
            Bound(SqliteNative.BindInt64(s, offset + 5, StoredDecimal.ToScaled(t.Amount, "amount", t.Id)));
            Bind(s, nulls, offset + 6, t.Margin, "margin", t.Id);
            Bind(s, nulls, offset + 7, t.Quantity, "quantity", t.Id);
            Bind(s, nulls, offset + 8, t.UnitPrice, "unit_price", t.Id);
            Bind(s, nulls, offset + 9, t.OrderId);
            Bind(s, nulls, offset + 10, t.Product);
            Bind(s, nulls, offset + 11, t.Category);
            Bind(s, nulls, offset + 12, t.DealerId);
            Bind(s, nulls, offset + 13, t.Channel);
        }

        /// <summary>yyyy-MM-dd as UTF-8 digits (the general formatter cost ≈ 0.4 s of the writer thread per 10M rows).</summary>
        private static void IsoDay(DateOnly day, Span<byte> utf8)
        {
            int year = day.Year, month = day.Month, dayOfMonth = day.Day;
            for (int i = 3; i >= 0; i--, year /= 10) utf8[i] = (byte)('0' + (year % 10));
            utf8[4] = (byte)'-';
            utf8[5] = (byte)('0' + (month / 10));
            utf8[6] = (byte)('0' + (month % 10));
            utf8[7] = (byte)'-';
            utf8[8] = (byte)('0' + (dayOfMonth / 10));
            utf8[9] = (byte)('0' + (dayOfMonth % 10));
        }

        private static string Values(int rows) => string.Join(",", Enumerable.Range(0, rows).Select(r =>
            "(" + string.Join(",", Enumerable.Range((r * ColumnCount) + 1, ColumnCount).Select(p => "?" + p)) + ")"));

        private void Copy()
        {
            using var copy = new PgBinaryCopy((NpgsqlConnection)store.connection, $"transactions (id, {Columns})", freeze);
            foreach (var (_, t, hash, customer) in clean)
            {
                copy.StartRow(ColumnCount + 1);
                copy.BigInt(nextId++);
                copy.BigInt(customer);
                copy.Text(t.Id);
                copy.BigInt(hash);
                WriteTransactionValues(copy, t);
            }

            copy.Complete();
        }

        private void Bind(IntPtr s, bool[] nulls, int index, decimal? value, string column, string id)
        {
            if (value is { } v)
            {
                Bound(SqliteNative.BindInt64(s, index, StoredDecimal.ToScaled(v, column, id)));
                nulls[index] = false;
            }
            else if (!nulls[index])
            {
                Bound(SqliteNative.BindNull(s, index));
                nulls[index] = true;
            }
        }

        private void Bind(IntPtr s, bool[] nulls, int index, string? value)
        {
            if (value is not null)
            {
                BindUtf8(s, index, value);
                nulls[index] = false;
            }
            else if (!nulls[index])
            {
                Bound(SqliteNative.BindNull(s, index));
                nulls[index] = true;
            }
        }

        /// <summary>Binds through a reused UTF-8 buffer (SQLite copies it).</summary>
        private void BindUtf8(IntPtr s, int index, string value)
        {
            int bytes = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
            if (bytes > utf8.Length) utf8 = new byte[Math.Max(bytes, utf8.Length * 2)];
            int length = System.Text.Encoding.UTF8.GetBytes(value, utf8);
            Bound(SqliteNative.BindText(s, index, new ReadOnlySpan<byte>(utf8, 0, length)));
        }

        private void Bound(int rc)
        {
            if (rc != SQLitePCL.raw.SQLITE_OK) Check(rc);
        }

        private void Check(int rc)
        {
            if (rc != SQLitePCL.raw.SQLITE_OK) throw new Microsoft.Data.Sqlite.SqliteException($"SQLite error {rc}: {SQLitePCL.raw.sqlite3_errmsg(Db).utf8_to_string()}", rc);
        }
    }

    private List<(string, string)> Pairs(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var pairs = new List<(string, string)>();
        while (reader.Read()) pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs;
    }
}
