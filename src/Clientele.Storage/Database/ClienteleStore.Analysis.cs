using System.Globalization;
using Clientele.Analytics.Summary;

namespace Clientele.Storage.Database;

/// <summary>Reading the stored transactions for the analytics core.</summary>
public sealed partial class ClienteleStore
{
    private const int PurchaseBatchSize = 8192;

    /// <summary>The date of the last stored transaction, or null when there is none.</summary>
    public DateOnly? LastTransactionDate()
    {
        using var command = Command("SELECT MAX(date) FROM transactions");
        using var reader = command.ExecuteReader();
        return reader.Read() ? dialect.GetDate(reader, 0) : null;
    }

    /// <summary>
    /// The overall margin rate Σ margin / Σ amount over the transactions dated on or before <paramref name="asOf"/>
    /// that carry a margin and a positive amount, summed exactly by the database; null when there are none.
    /// Returns are left out because their margin sign conventions vary between source systems.
    /// </summary>
    public decimal? MarginRate(DateOnly asOf)
    {
        using var command = Command("SELECT SUM(amount), SUM(margin) FROM transactions WHERE margin IS NOT NULL AND amount > 0 AND date <= @asOf");
        dialect.AddParameter(command, "@asOf", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, asOf, "as-of", "");
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0)) return null;
        decimal revenue = dialect.DecimalAggregate(reader.GetValue(0));
        decimal margin = dialect.DecimalAggregate(reader.GetValue(1));
        return revenue > 0 ? margin / revenue : null;
    }

    /// <summary>
    /// Streams every stored transaction as (customer index, day, amount) into <paramref name="accumulator"/>, in batches,
    /// without an object per row: the database orders the rows by customer and date (so the accumulator stays on its
    /// O(1)-per-customer path), converts dates to day numbers and amounts to doubles, and customer ids are read once.
    /// Customer index i is the i-th stored customer in key order; customers without transactions simply get no rows.
    /// </summary>
    /// <param name="accumulator">Where the rows go; its period decides which rows count (later rows are ignored and counted there).</param>
    /// <param name="progress">The fraction of the rows read so far.</param>
    /// <exception cref="ArgumentNullException">The accumulator is null.</exception>
    public StoredPurchases ReadPurchases(CustomerSummaryAccumulator accumulator, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        var (keys, ids) = CustomerKeys();
        long total = 0;
        if (progress is not null)
        {
            using var count = Command("SELECT COUNT(*) FROM transactions");
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        bool sqlite = dialect.Provider == StoreProvider.Sqlite;

        // SQLite keeps dates as yyyy-MM-dd text and amounts as 1/10,000 units; converting the date in SQL saves a
        // string per row. julianday('0001-01-01') = 1721425.5, so the difference is DateOnly.DayNumber exactly.
        string day = sqlite ? "CAST(julianday(date) - 1721425.5 AS INTEGER)" : "(date - DATE '0001-01-01')";
        string amount = sqlite ? "amount" : "CAST(amount AS DOUBLE PRECISION)";
        using var command = Command($"SELECT customer_key, {day}, {amount} FROM transactions ORDER BY customer_key, date");
        using var reader = command.ExecuteReader();
        var customers = new int[PurchaseBatchSize];
        var days = new int[PurchaseBatchSize];
        var amounts = new double[PurchaseBatchSize];
        int n = 0, position = 0;
        long rows = 0;
        while (reader.Read())
        {
            long key = reader.GetInt64(0);
            while (position < keys.Length && keys[position] < key) position++;
            if (position == keys.Length || keys[position] != key)
            {
                throw new InvalidDataException($"A transaction refers to customer key {key}, which is not in the customers table.");
            }

            customers[n] = position;
            days[n] = reader.GetInt32(1);

            // Dividing the exact integer by 10,000 rounds once, to the same double as parsing the decimal text.
            amounts[n] = sqlite ? reader.GetInt64(2) / 10_000.0 : reader.GetDouble(2);
            if (++n == PurchaseBatchSize)
            {
                accumulator.AddRange(customers, days, amounts);
                rows += n;
                n = 0;
                progress?.Report(total == 0 ? 1 : (double)rows / total);
            }
        }

        accumulator.AddRange(customers.AsSpan(0, n), days.AsSpan(0, n), amounts.AsSpan(0, n));
        rows += n;
        progress?.Report(1);
        return new StoredPurchases(rows, ids);
    }

    /// <summary>Every customer's surrogate key (ascending) and external id.</summary>
    private (long[] Keys, string[] Ids) CustomerKeys()
    {
        var keys = new List<long>();
        var ids = new List<string>();
        using var command = Command("SELECT id, external_id FROM customers ORDER BY id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetInt64(0));
            ids.Add(reader.GetString(1));
        }

        return (keys.ToArray(), ids.ToArray());
    }
}
