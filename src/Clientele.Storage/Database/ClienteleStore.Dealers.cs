using System.Globalization;
using Clientele.Analytics.Dealers;
using Clientele.Domain.Entities;
using Clientele.Analytics.Metrics;

namespace Clientele.Storage.Database;

/// <summary>Reading the dealer scorecards' figures, added up by the database.</summary>
public sealed partial class ClienteleStore
{
    private const string ServedCustomers =
        "WITH served AS (SELECT DISTINCT dealer_id, customer_key FROM transactions " +
        "WHERE dealer_id IS NOT NULL AND date >= @from AND date <= @to) ";

    /// <summary>
    /// Every stored dealer's figures over <paramref name="period"/>, plus a row (with only the id known) for each dealer
    /// id that transactions carry but the dealers table lacks. A dealer's sales are Σ amount of the transactions carrying
    /// its dealer id, in the period and in the preceding period of equal length; the customers it served are the distinct
    /// customers of its transactions in the period; their survey responses (with a satisfaction) and complaint
    /// interactions dated in the period are counted for it. Sums and counts run in the database.
    /// </summary>
    /// <param name="period">The scorecard period.</param>
    /// <returns>One row per dealer, stored dealers in key order first, then unknown ids in ordinal order.</returns>
    /// <exception cref="ArgumentNullException">The period is null.</exception>
    public IReadOnlyList<DealerFigures> ReadDealerFigures(MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var figures = new Dictionary<string, DealerFigures>(StringComparer.Ordinal);
        var order = new List<string>();
        int stored;
        using (var command = Command(
            "SELECT external_id, name, region, tier, outlets, coverage, sales_target, region_market_size FROM dealers ORDER BY id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var dealer = new Dealer(
                    reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3),
                    reader.IsDBNull(4) ? null : Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                    dialect.GetDecimal(reader, 5), dialect.GetDecimal(reader, 6), dialect.GetDecimal(reader, 7));
                figures[dealer.Id] = new DealerFigures(dealer, 0m, 0m, 0, 0, 0, 0);
                order.Add(dealer.Id);
            }

            stored = order.Count;
        }

        DealerFigures Of(string id)
        {
            if (!figures.TryGetValue(id, out var f))
            {
                figures[id] = f = new DealerFigures(new Dealer(id), 0m, 0m, 0, 0, 0, 0);
                order.Add(id);
            }

            return f;
        }

        using (var command = Command(
            "SELECT dealer_id, SUM(CASE WHEN date >= @from THEN amount ELSE 0 END), SUM(CASE WHEN date < @from THEN amount ELSE 0 END), " +
            "COUNT(DISTINCT CASE WHEN date >= @from THEN customer_key END) " +
            "FROM transactions WHERE dealer_id IS NOT NULL AND date >= @previousFrom AND date <= @to GROUP BY dealer_id"))
        {
            AddPeriod(command, period, withPrevious: true);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string id = reader.GetString(0);
                figures[id] = Of(id) with
                {
                    Sales = dialect.DecimalAggregate(reader.GetValue(1)),
                    PreviousSales = dialect.DecimalAggregate(reader.GetValue(2)),
                    CustomersServed = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                };
            }
        }

        // Satisfaction as a share of its scale, so 1–5 and 1–10 answers average together; SQLite keeps 1/10,000 units.
        string share = dialect.Provider == StoreProvider.Sqlite
            ? "r.satisfaction / 10000.0 / r.satisfaction_scale"
            : "CAST(r.satisfaction AS DOUBLE PRECISION) / r.satisfaction_scale";
        using (var command = Command(
            ServedCustomers + $"SELECT s.dealer_id, COUNT(*), SUM({share}) FROM served s JOIN survey_responses r ON r.customer_key = s.customer_key " +
            "WHERE r.satisfaction IS NOT NULL AND r.date >= @from AND r.date <= @to GROUP BY s.dealer_id"))
        {
            AddPeriod(command, period, withPrevious: false);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string id = reader.GetString(0);
                figures[id] = Of(id) with
                {
                    SatisfactionResponses = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    SatisfactionShareSum = reader.GetDouble(2),
                };
            }
        }

        using (var command = Command(
            ServedCustomers + "SELECT s.dealer_id, COUNT(*) FROM served s JOIN interactions i ON i.customer_key = s.customer_key " +
            "WHERE i.kind = 'complaint' AND i.date >= @from AND i.date <= @to GROUP BY s.dealer_id"))
        {
            AddPeriod(command, period, withPrevious: false);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                string id = reader.GetString(0);
                figures[id] = Of(id) with { Complaints = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture) };
            }
        }

        return order.Take(stored).Concat(order.Skip(stored).Order(StringComparer.Ordinal)).Select(id => figures[id]).ToList();
    }

    private void AddPeriod(System.Data.Common.DbCommand command, MetricPeriod period, bool withPrevious)
    {
        dialect.AddParameter(command, "@from", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, period.From, "from", "");
        dialect.AddParameter(command, "@to", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, period.To, "to", "");
        if (withPrevious) dialect.AddParameter(command, "@previousFrom", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, period.Preceding.From, "from", "");
    }
}
