using System.Data.Common;
using System.Globalization;
using Clientele.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Clientele.Storage.Database;

/// <summary>Analysis snapshots: a dated run with one result row per customer (schema versions 2 and 3).</summary>
public sealed partial class ClienteleStore
{
    private const string ResultColumns =
        "run_key, customer_key, frequency, recency, age, monetary_value, total_amount, r_score, f_score, m_score, rfm_composite, " +
        "segment, p_alive, expected_purchases, expected_spend, clv";

    /// <summary>
    /// Saves an analysis run and its per-customer results as one unit (inside the open transaction if there is one,
    /// else in its own). PostgreSQL receives the rows by binary COPY, SQLite by one prepared insert.
    /// </summary>
    /// <param name="runId">The run's external id; must not be stored yet.</param>
    /// <param name="asOf">The day the customers were analyzed as of.</param>
    /// <param name="unit">The time unit of recency, T and the model rates.</param>
    /// <param name="settings">The run's settings and model parameters as a JSON object, or null.</param>
    /// <param name="results">One row per customer; every customer must be stored.</param>
    /// <param name="createdAt">When the run was made (UTC, kept to the millisecond); default now.</param>
    /// <param name="progress">Result rows written so far.</param>
    /// <returns>The saved run, with its number of results.</returns>
    /// <exception cref="ArgumentException">The run id is empty, or a result names a customer that is not stored.</exception>
    public AnalysisRun SaveAnalysisSnapshot(
        string runId, DateOnly asOf, TimeUnit unit, string? settings, IEnumerable<AnalysisResult> results,
        DateTime? createdAt = null, IProgress<long>? progress = null)
    {
        if (string.IsNullOrWhiteSpace(runId)) throw new ArgumentException("The analysis run id must not be empty.", nameof(runId));
        ArgumentNullException.ThrowIfNull(results);
        var at = createdAt?.ToUniversalTime() ?? DateTime.UtcNow;
        at = new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        string unitName = unit.ToString().ToLowerInvariant();

        using var own = current is null ? BeginTransaction() : null;
        long runKey;
        using (var insert = Command(
            "INSERT INTO analysis_runs (external_id, as_of, created_at, time_unit, settings) VALUES (@id, @asOf, @at, @unit, " +
            (dialect.Provider == StoreProvider.PostgreSql ? "CAST(@settings AS JSONB)" : "@settings") + ") RETURNING id"))
        {
            dialect.AddParameter(insert, "@id", ColumnType.Text).Value = runId;
            dialect.AddParameter(insert, "@asOf", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, asOf, "as_of", runId);
            AddValue(insert, "@at", dialect.TimestampValue(at));
            dialect.AddParameter(insert, "@unit", ColumnType.Text).Value = unitName;
            dialect.AddParameter(insert, "@settings", ColumnType.Text).Value = (object?)settings ?? DBNull.Value;
            runKey = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var customerKeys = CustomerKeyLookup();
        long written = dialect.Provider == StoreProvider.PostgreSql
            ? CopyResults(runKey, runId, results, customerKeys, progress)
            : InsertResults(runKey, runId, results, customerKeys, progress);
        own?.Commit();
        return new AnalysisRun(runId, asOf, at, unit, settings, checked((int)written));
    }

    /// <summary>Every saved analysis run, oldest first, with its number of results.</summary>
    public IReadOnlyList<AnalysisRun> ListAnalysisRuns() => ReadRuns("", null).Select(r => r.Run).ToList();

    /// <summary>The most recently saved snapshot (the last one written, whatever its as-of day), or null when there is none.</summary>
    public AnalysisSnapshot? ReadLatestAnalysisSnapshot() =>
        ReadRuns("", null).LastOrDefault() is { Run: not null } last ? ReadSnapshot(last.Key, last.Run) : null;

    /// <summary>The snapshot of run <paramref name="runId"/>, or null when there is no such run.</summary>
    public AnalysisSnapshot? ReadAnalysisSnapshot(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return ReadRuns("WHERE r.external_id = @id", runId).SingleOrDefault() is { Run: not null } run ? ReadSnapshot(run.Key, run.Run) : null;
    }

    private List<(long Key, AnalysisRun Run)> ReadRuns(string where, string? runId)
    {
        using var command = Command(
            "SELECT r.id, r.external_id, r.as_of, r.created_at, r.time_unit, " +
            (dialect.Provider == StoreProvider.PostgreSql ? "CAST(r.settings AS TEXT)" : "r.settings") + ", " +
            $"(SELECT COUNT(*) FROM analysis_results a WHERE a.run_key = r.id) FROM analysis_runs r {where} ORDER BY r.id");
        if (runId is not null) dialect.AddParameter(command, "@id", ColumnType.Text).Value = runId;
        using var reader = command.ExecuteReader();
        var runs = new List<(long, AnalysisRun)>();
        while (reader.Read())
        {
            var createdAt = reader.GetValue(3) switch
            {
                DateTime t => DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc),
                var text => DateTime.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            };
            runs.Add((reader.GetInt64(0), new AnalysisRun(
                reader.GetString(1), dialect.GetDate(reader, 2)!.Value, createdAt, TimeUnitExtensions.Parse(reader.GetString(4)),
                Text(reader, 5), Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture))));
        }

        return runs;
    }

    private AnalysisSnapshot ReadSnapshot(long runKey, AnalysisRun run)
    {
        using var command = Command(
            "SELECT c.external_id, r.frequency, r.recency, r.age, r.monetary_value, r.total_amount, r.r_score, r.f_score, r.m_score, " +
            "r.rfm_composite, r.segment, r.p_alive, r.expected_purchases, r.expected_spend, r.clv " +
            "FROM analysis_results r JOIN customers c ON c.id = r.customer_key WHERE r.run_key = @run ORDER BY r.customer_key");
        dialect.AddParameter(command, "@run", ColumnType.Integer).Value = runKey;
        using var reader = command.ExecuteReader();
        var results = new List<AnalysisResult>(run.Customers);

        // A handful of segment names repeat over every row; keep one string of each.
        var segments = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string segment = Text(reader, 10) ?? "";
            if (!segments.TryGetValue(segment, out var shared)) segments[segment] = shared = segment;
            results.Add(new AnalysisResult(
                reader.GetString(0), reader.GetInt32(1), Real(reader, 2), Real(reader, 3), Real(reader, 4), dialect.GetDecimal(reader, 5)!.Value,
                Score(reader, 6), Score(reader, 7), Score(reader, 8), Real(reader, 9), shared,
                Real(reader, 11), Real(reader, 12), Real(reader, 13), Real(reader, 14)));
        }

        return new AnalysisSnapshot(run, results);
    }

    /// <summary>A prepared <c>INSERT INTO table (columns) VALUES (@p0, @p1, …)</c> and its parameters in column order.</summary>
    private DbCommand PreparedInsert(string table, string columns, out DbParameter[] parameters)
    {
        int count = columns.Split(", ").Length;
        var insert = Command($"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", Enumerable.Range(0, count).Select(i => "@p" + i))})");
        parameters = new DbParameter[count];
        for (int i = 0; i < count; i++)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "@p" + i;
            insert.Parameters.Add(parameter);
            parameters[i] = parameter;
        }

        insert.Prepare();
        return insert;
    }

    private long InsertResults(long runKey, string runId, IEnumerable<AnalysisResult> results, Dictionary<string, long> customerKeys, IProgress<long>? progress)
    {
        using var insert = PreparedInsert("analysis_results", ResultColumns, out var p);
        long written = 0;
        foreach (var r in results)
        {
            p[0].Value = runKey;
            p[1].Value = KeyOf(customerKeys, r.CustomerId);
            p[2].Value = (long)r.Frequency;
            p[3].Value = Db(r.Recency);
            p[4].Value = Db(r.Age);
            p[5].Value = Db(r.MonetaryValue);
            p[6].Value = dialect.ToDb(ColumnType.Decimal, r.Revenue, "total_amount", runId);
            p[7].Value = (long)r.RecencyScore;
            p[8].Value = (long)r.FrequencyScore;
            p[9].Value = (long)r.MonetaryScore;
            p[10].Value = Db(r.RfmComposite);
            p[11].Value = r.Segment;
            p[12].Value = Db(r.ProbabilityAlive);
            p[13].Value = Db(r.ExpectedPurchases);
            p[14].Value = Db(r.ExpectedSpend);
            p[15].Value = Db(r.Clv);
            insert.ExecuteNonQuery();
            if (++written % 8192 == 0) progress?.Report(written);
        }

        progress?.Report(written);
        return written;
    }

    private long CopyResults(long runKey, string runId, IEnumerable<AnalysisResult> results, Dictionary<string, long> customerKeys, IProgress<long>? progress)
    {
        long written = 0;
        using (var copy = ((NpgsqlConnection)connection).BeginBinaryImport($"COPY analysis_results ({ResultColumns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in results)
            {
                long customer = KeyOf(customerKeys, r.CustomerId);
                copy.StartRow();
                copy.Write(runKey, NpgsqlDbType.Bigint);
                copy.Write(customer, NpgsqlDbType.Bigint);
                copy.Write((int)r.Frequency, NpgsqlDbType.Integer);
                copy.Write(r.Recency, NpgsqlDbType.Double);
                copy.Write(r.Age, NpgsqlDbType.Double);
                copy.Write(r.MonetaryValue, NpgsqlDbType.Double);
                copy.Write(StoredDecimal.Check(r.Revenue, "total_amount", runId), NpgsqlDbType.Numeric);
                copy.Write(r.RecencyScore, NpgsqlDbType.Integer);
                copy.Write(r.FrequencyScore, NpgsqlDbType.Integer);
                copy.Write(r.MonetaryScore, NpgsqlDbType.Integer);
                copy.Write(r.RfmComposite, NpgsqlDbType.Double);
                copy.Write(r.Segment, NpgsqlDbType.Text);
                copy.Write(r.ProbabilityAlive, NpgsqlDbType.Double);
                copy.Write(r.ExpectedPurchases, NpgsqlDbType.Double);
                copy.Write(r.ExpectedSpend, NpgsqlDbType.Double);
                copy.Write(r.Clv, NpgsqlDbType.Double);
                if (++written % 8192 == 0) progress?.Report(written);
            }

            copy.Complete();
        }

        progress?.Report(written);
        return written;
    }

    private Dictionary<string, long> CustomerKeyLookup()
    {
        var (keys, ids) = CustomerKeys();
        var lookup = new Dictionary<string, long>(ids.Length, StringComparer.Ordinal);
        for (int i = 0; i < ids.Length; i++) lookup[ids[i]] = keys[i];
        return lookup;
    }

    private static long KeyOf(Dictionary<string, long> customerKeys, string customerId) =>
        customerKeys.TryGetValue(customerId ?? "", out var key)
            ? key
            : throw new ArgumentException($"The analysis result for customer '{customerId}' names a customer that is not in the store.", "results");

    // SQLite stores NaN as NULL; NULL reads back as NaN, so an undefined estimate survives the round trip on both providers.
    private static object Db(double value) => double.IsNaN(value) ? DBNull.Value : value;

    private static double Real(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? double.NaN : reader.GetDouble(ordinal);

    private static int Score(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? 0 : reader.GetInt32(ordinal);
}
