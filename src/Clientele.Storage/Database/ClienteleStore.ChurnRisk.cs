using System.Globalization;
using Clientele.Analytics.ChurnRisk;
using Clientele.Domain;

namespace Clientele.Storage.Database;

/// <summary>Reading the churn early warning's inputs: two analysis snapshots, satisfaction answers and open complaints.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>
    /// The inputs of the churn warning list. The current snapshot is the one with the latest as-of day on or before
    /// <paramref name="asOf"/> (any day when null; of equal as-of days the last written); the previous one is the
    /// latest with an earlier as-of day. Per customer of the current snapshot: CLV, P(alive) now and before, x, t_x and
    /// T in whole days, the last two satisfaction answers dated up to the current as-of day, and the complaints dated up
    /// to it and not resolved by it. Answers and complaints dated before <paramref name="evidenceFrom"/> are ignored.
    /// Aggregation (latest two answers, open complaints) runs in the database.
    /// </summary>
    /// <param name="asOf">Latest as-of day of the snapshot to use, or null for the latest snapshot.</param>
    /// <param name="evidenceFrom">Ignore survey answers and complaints before this day, or null for all history.</param>
    /// <returns>The inputs, or null when the store holds no snapshot as of <paramref name="asOf"/> or earlier.</returns>
    public ChurnRiskInput? ReadChurnRiskInput(DateOnly? asOf = null, DateOnly? evidenceFrom = null) => ReadChurnRisk(asOf, evidenceFrom, null);

    /// <summary>
    /// The inputs of the churn warning for one customer (the customer 360): the same snapshots and the same reads as
    /// <see cref="ReadChurnRiskInput"/>, filtered to the customer's key so each is an indexed lookup
    /// (analysis_results by (run, customer), survey_responses and interactions by (customer, date)).
    /// </summary>
    /// <param name="customerId">The customer's external id.</param>
    /// <param name="asOf">Latest as-of day of the snapshot to use, or null for the latest snapshot.</param>
    /// <param name="evidenceFrom">Ignore survey answers and complaints before this day, or null for all history.</param>
    /// <returns>The inputs with one row when the snapshot holds the customer and none when it does not (or the customer
    /// is unknown); null when the store holds no snapshot as of <paramref name="asOf"/> or earlier.</returns>
    /// <exception cref="ArgumentException">The customer id is null.</exception>
    public ChurnRiskInput? ReadCustomerChurnRiskInput(string customerId, DateOnly? asOf = null, DateOnly? evidenceFrom = null)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        using var command = Command("SELECT id FROM customers WHERE external_id = @id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = customerId;
        // An unknown customer reads as key −1: no row matches, but the snapshots are still reported.
        long key = command.ExecuteScalar() is { } found and not DBNull ? Convert.ToInt64(found, CultureInfo.InvariantCulture) : -1L;
        return ReadChurnRisk(asOf, evidenceFrom, key);
    }

    // customerKey null: every customer of the snapshot; otherwise that customer only (the same SQL plus one predicate).
    private ChurnRiskInput? ReadChurnRisk(DateOnly? asOf, DateOnly? evidenceFrom, long? customerKey)
    {
        var runs = ReadRuns("", null);
        var current = runs.Where(r => asOf is null || r.Run.AsOf <= asOf).OrderBy(r => r.Run.AsOf).ThenBy(r => r.Key).LastOrDefault();
        if (current.Run is null) return null;
        var previous = runs.Where(r => r.Run.AsOf < current.Run.AsOf).OrderBy(r => r.Run.AsOf).ThenBy(r => r.Key).LastOrDefault();
        var day = current.Run.AsOf;
        var from = evidenceFrom ?? DateOnly.MinValue;

        var satisfaction = LatestSatisfaction(day, from, customerKey);
        var complaints = OpenComplaints(day, from, customerKey);
        double unitDays = current.Run.Unit.Days();
        using var command = Command(
            "SELECT r.customer_key, c.external_id, r.frequency, r.recency, r.age, r.p_alive, r.clv, r.segment, p.p_alive, " +
            "c.dealer_id, c.region, c.industry, c.size_class, c.acquisition_channel " +
            "FROM analysis_results r JOIN customers c ON c.id = r.customer_key " +
            "LEFT JOIN analysis_results p ON p.run_key = @previous AND p.customer_key = r.customer_key " +
            "WHERE r.run_key = @run" + (customerKey is null ? "" : " AND r.customer_key = @customer") + " ORDER BY r.customer_key");
        dialect.AddParameter(command, "@run", ColumnType.Integer).Value = current.Key;
        if (customerKey is { } k) dialect.AddParameter(command, "@customer", ColumnType.Integer).Value = k;
        dialect.AddParameter(command, "@previous", ColumnType.Integer).Value = previous.Run is null ? -1L : previous.Key;
        using var reader = command.ExecuteReader();
        var customers = new List<ChurnCustomerFacts>(customerKey is null ? current.Run.Customers : 1);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            long key = reader.GetInt64(0);
            var (latest, before) = satisfaction.GetValueOrDefault(key);
            var (open, oldest) = complaints.GetValueOrDefault(key);
            var profile = new CustomerProfile(
                Shared(shared, Text(reader, 7)), Shared(shared, Text(reader, 9)), Shared(shared, Text(reader, 10)),
                Shared(shared, Text(reader, 11)), Shared(shared, Text(reader, 12)), Shared(shared, Text(reader, 13)));
            customers.Add(new ChurnCustomerFacts(
                reader.GetString(1), Real(reader, 6), Real(reader, 5), reader.IsDBNull(8) ? null : reader.GetDouble(8),
                reader.GetInt32(2), Days(Real(reader, 3), unitDays), Days(Real(reader, 4), unitDays),
                latest, before, open, open > 0 ? oldest : null, profile));
        }

        return new ChurnRiskInput(current.Run, previous.Run, customers);
    }

    // Recency and T are stored in the run's unit (days / 7 for weeks); whole days back, as the summary started from days.
    private static int Days(double value, double unitDays) => double.IsNaN(value) ? 0 : (int)Math.Round(value * unitDays);

    // Profiles repeat a few region, industry and dealer names 100,000 times; keep one string of each.
    private static string? Shared(Dictionary<string, string> pool, string? text)
    {
        if (text is null) return null;
        if (!pool.TryGetValue(text, out var one)) pool[text] = one = text;
        return one;
    }

    private Dictionary<long, (SatisfactionReading? Latest, SatisfactionReading? Before)> LatestSatisfaction(DateOnly asOf, DateOnly from, long? customerKey)
    {
        using var command = Command(
            "SELECT customer_key, date, satisfaction, satisfaction_scale, n FROM (" +
            "SELECT customer_key, date, satisfaction, satisfaction_scale, " +
            "ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY date DESC, id DESC) AS n " +
            "FROM survey_responses WHERE satisfaction IS NOT NULL AND date <= @asOf AND date >= @from" + OneCustomer(customerKey) + ") s " +
            "WHERE n <= 2 ORDER BY customer_key, n");
        AddDates(command, asOf, from, customerKey);
        using var reader = command.ExecuteReader();
        var answers = new Dictionary<long, (SatisfactionReading?, SatisfactionReading?)>();
        while (reader.Read())
        {
            long key = reader.GetInt64(0);
            var reading = new SatisfactionReading(dialect.GetDate(reader, 1)!.Value, dialect.GetDecimal(reader, 2)!.Value, reader.GetInt32(3));
            answers[key] = Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture) == 1 ? (reading, null) : (answers.GetValueOrDefault(key).Item1, reading);
        }

        return answers;
    }

    private Dictionary<long, (int Open, DateOnly Oldest)> OpenComplaints(DateOnly asOf, DateOnly from, long? customerKey)
    {
        using var command = Command(
            "SELECT customer_key, COUNT(*), MIN(date) FROM interactions " +
            "WHERE kind = 'complaint' AND date <= @asOf AND date >= @from AND (resolved_on IS NULL OR resolved_on > @asOf)" + OneCustomer(customerKey) + " " +
            "GROUP BY customer_key");
        AddDates(command, asOf, from, customerKey);
        using var reader = command.ExecuteReader();
        var open = new Dictionary<long, (int, DateOnly)>();
        while (reader.Read())
        {
            open[reader.GetInt64(0)] = (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), dialect.GetDate(reader, 2)!.Value);
        }

        return open;
    }

    private static string OneCustomer(long? customerKey) => customerKey is null ? "" : " AND customer_key = @customer";

    private void AddDates(System.Data.Common.DbCommand command, DateOnly asOf, DateOnly from, long? customerKey)
    {
        if (customerKey is { } key) dialect.AddParameter(command, "@customer", ColumnType.Integer).Value = key;
        dialect.AddParameter(command, "@asOf", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, asOf, "as-of", "");
        dialect.AddParameter(command, "@from", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, from, "from", "");
    }
}
