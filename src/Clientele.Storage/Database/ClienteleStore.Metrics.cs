using System.Data.Common;
using System.Globalization;
using Clientele.Analytics.Metrics;
using Clientele.Domain.Entities;

namespace Clientele.Storage.Database;

/// <summary>Reading what the KPI and economics measures need, aggregated by the database where that is faster.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>
    /// Everything the measures of <paramref name="period"/> need (see <see cref="MetricsData"/>): all customers with
    /// their attributes, acquisition day (acquired-on, else first transaction), RFM segment and CLV of the latest
    /// analysis snapshot; and for the window [period start − period length, period end] the transactions summed per
    /// customer and day in SQL, complaints and campaign touches per customer and day, survey responses, the leads
    /// created or closed in it and the investments dated in it. The margin rate is <see cref="MarginRate"/> as of
    /// the period end.
    /// </summary>
    /// <exception cref="ArgumentNullException">The period is null.</exception>
    public MetricsData ReadMetricsData(MetricPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var window = new MetricPeriod(period.Preceding.From, period.To);

        // The transaction query is the heaviest; on a file or server store it runs on a second connection, and the
        // complaints and surveys on a third, while this one reads the rest. Inside an open transaction (whose rows only
        // this connection sees) or in memory, everything runs here. Rows come back with store keys, mapped to
        // customer indices once the customers are read.
        bool parallel = current is null && (Location.FilePath is not null || dialect.Provider == StoreProvider.PostgreSql);
        Task<T> OnOwnConnection<T>(Func<DbConnection, T> read)
        {
            if (!parallel) return Task.FromResult(read(connection));
            return Task.Run(() =>
            {
                using var own = dialect.CreateConnection(Location.ConnectionString);
                own.Open();
                return read(own);
            });
        }

        var days = OnOwnConnection(on => ReadRawCustomerDays(on, window));
        var contactsAndSurveys = OnOwnConnection(on => (ReadContactEvents(on, window), ReadSurveyAnswers(on, window)));
        var (keys, customers) = ReadMetricsCustomers();
        var index = customers.IndexById();
        var leads = ReadLeadRecords(window, index);
        var investments = ReadInvestments(window);
        double? rate = MarginRate(period.To) is { } stored ? (double)stored : null;
        var (contacts, surveys) = contactsAndSurveys.GetAwaiter().GetResult();
        return new MetricsData(customers, days.GetAwaiter().GetResult().ToCustomerDays(keys), contacts(keys), surveys(keys), leads, investments, rate);
    }

    /// <summary>Customer days with store keys, before they become customer indices.</summary>
    private sealed record RawCustomerDays(long[] Keys, int[] Day, double[] Revenue, double[] Margin, double[] Unmargined, int[] Orders)
    {
        public CustomerDays ToCustomerDays(long[] customerKeys)
        {
            var customer = new int[Keys.Length];
            long lastKey = long.MinValue;
            int lastIndex = -1;
            for (int i = 0; i < customer.Length; i++)
            {
                if (Keys[i] != lastKey)
                {
                    lastIndex = IndexOf(customerKeys, Keys[i]);
                    lastKey = Keys[i];
                }

                customer[i] = lastIndex;
            }

            return new CustomerDays(customer, Day, Revenue, Margin, Unmargined, Orders);
        }
    }

    private string DayOf(string column) =>
        dialect.Provider == StoreProvider.Sqlite ? $"CAST(julianday({column}) - 1721425.5 AS INTEGER)" : $"({column} - DATE '0001-01-01')";

    private string AsDouble(string expression) =>
        dialect.Provider == StoreProvider.Sqlite ? $"({expression}) / 10000.0" : $"CAST({expression} AS DOUBLE PRECISION)";

    private DbCommand WindowCommand(string sql, MetricPeriod window, DbConnection? on = null)
    {
        DbCommand command;
        if (on is null || ReferenceEquals(on, connection))
        {
            command = Command(sql);
        }
        else
        {
            command = on.CreateCommand();
            command.CommandText = sql;
        }

        dialect.AddParameter(command, "@from", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, window.From, "from", "");
        dialect.AddParameter(command, "@to", ColumnType.Date).Value = dialect.ToDb(ColumnType.Date, window.To, "to", "");
        return command;
    }

    private (long[] Keys, MetricsCustomers Customers) ReadMetricsCustomers()
    {
        var keys = new List<long>();
        var ids = new List<string>();
        var industry = new List<string?>();
        var size = new List<string?>();
        var region = new List<string?>();
        var channel = new List<string?>();
        var dealer = new List<string?>();
        var acquired = new List<int>();
        var control = new List<bool>();
        using (var command = Command(
            $"SELECT c.id, c.external_id, c.industry, c.size_class, c.region, c.acquisition_channel, c.dealer_id, {DayOf("c.acquired_on")}, {DayOf("f.first")}, g.value " +
            "FROM customers c LEFT JOIN (SELECT customer_key, MIN(date) AS first FROM transactions GROUP BY customer_key) f ON f.customer_key = c.id " +
            $"LEFT JOIN customer_attributes g ON g.customer_key = c.id AND g.name = '{MetricsCustomers.GroupAttribute}' ORDER BY c.id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add(reader.GetInt64(0));
                ids.Add(reader.GetString(1));
                industry.Add(Text(reader, 2));
                size.Add(Text(reader, 3));
                region.Add(Text(reader, 4));
                channel.Add(Text(reader, 5));
                dealer.Add(Text(reader, 6));
                acquired.Add(!reader.IsDBNull(7) ? Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture)
                    : !reader.IsDBNull(8) ? Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture) : MetricsCustomers.NoDay);
                control.Add(Text(reader, 9) is { } group && string.Equals(group.Trim(), MetricsCustomers.ControlGroupValue, StringComparison.OrdinalIgnoreCase));
            }
        }

        var keyArray = keys.ToArray();
        var segment = new string?[keyArray.Length];
        var clv = Enumerable.Repeat(double.NaN, keyArray.Length).ToArray();
        using (var command = Command(
            "SELECT r.customer_key, r.segment, r.clv FROM analysis_results r WHERE r.run_key = (SELECT MAX(id) FROM analysis_runs)"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                int i = Array.BinarySearch(keyArray, reader.GetInt64(0));
                if (i < 0) continue;
                segment[i] = Text(reader, 1);
                clv[i] = reader.IsDBNull(2) ? double.NaN : reader.GetDouble(2);
            }
        }

        return (keyArray, MetricsCustomers.Create(ids, acquired, segment, clv, dealer, region, industry, size, channel, control));
    }

    private static int IndexOf(long[] keys, long key) =>
        Array.BinarySearch(keys, key) is >= 0 and var i ? i : throw new InvalidDataException($"A row refers to customer key {key}, which is not in the customers table.");

    private RawCustomerDays ReadRawCustomerDays(DbConnection on, MetricPeriod window)
    {
        // One row per customer and day, summed by the database: fewer rows cross to .NET, and the sums of scaled
        // integers are exact. Orders: distinct order ids among positive rows; a row without one is its own order.
        using var command = WindowCommand(
            $"SELECT customer_key, {DayOf("date")}, {AsDouble("SUM(amount)")}, {AsDouble("COALESCE(SUM(margin), 0)")}, " +
            $"{AsDouble("SUM(CASE WHEN margin IS NULL THEN amount ELSE 0 END)")}, " +
            "COUNT(DISTINCT CASE WHEN amount > 0 THEN COALESCE(order_id, '#' || CAST(id AS TEXT)) END) " +
            "FROM transactions WHERE date >= @from AND date <= @to GROUP BY customer_key, date ORDER BY customer_key, date", window, on);
        using var reader = command.ExecuteReader();
        var keys = new List<long>();
        var day = new List<int>();
        var revenue = new List<double>();
        var margin = new List<double>();
        var unmargined = new List<double>();
        var orders = new List<int>();
        while (reader.Read())
        {
            keys.Add(reader.GetInt64(0));
            day.Add(reader.GetInt32(1));
            revenue.Add(reader.GetDouble(2));
            margin.Add(reader.GetDouble(3));
            unmargined.Add(reader.GetDouble(4));
            orders.Add((int)reader.GetInt64(5));
        }

        return new RawCustomerDays([.. keys], [.. day], [.. revenue], [.. margin], [.. unmargined], [.. orders]);
    }

    private Func<long[], ContactEvents> ReadContactEvents(DbConnection on, MetricPeriod window)
    {
        using var command = WindowCommand(
            $"SELECT customer_key, {DayOf("date")}, SUM(CASE WHEN kind = 'complaint' THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'campaign_touch' THEN 1 ELSE 0 END) " +
            "FROM interactions WHERE date >= @from AND date <= @to AND kind IN ('complaint', 'campaign_touch') GROUP BY customer_key, date", window, on);
        using var reader = command.ExecuteReader();
        var customer = new List<long>();
        var day = new List<int>();
        var complaints = new List<int>();
        var touches = new List<int>();
        while (reader.Read())
        {
            customer.Add(reader.GetInt64(0));
            day.Add(reader.GetInt32(1));
            complaints.Add((int)reader.GetInt64(2));
            touches.Add((int)reader.GetInt64(3));
        }

        return keys => new ContactEvents(customer.Select(k => IndexOf(keys, k)).ToArray(), [.. day], [.. complaints], [.. touches]);
    }

    private Func<long[], SurveyAnswers> ReadSurveyAnswers(DbConnection on, MetricPeriod window)
    {
        var responseKeys = new List<long>();
        var customer = new List<long>();
        var day = new List<int>();
        var nps = new List<int>();
        var satisfaction = new List<double>();
        var scale = new List<int>();
        using (var command = WindowCommand(
            $"SELECT id, customer_key, {DayOf("date")}, nps, {AsDouble("satisfaction")}, satisfaction_scale FROM survey_responses " +
            "WHERE date >= @from AND date <= @to ORDER BY id", window, on))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                responseKeys.Add(reader.GetInt64(0));
                customer.Add(reader.GetInt64(1));
                day.Add(Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
                nps.Add(reader.IsDBNull(3) ? -1 : Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture));
                satisfaction.Add(reader.IsDBNull(4) ? double.NaN : reader.GetDouble(4));
                scale.Add(Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture));
            }
        }

        var responseArray = responseKeys.ToArray();
        var names = new List<string>();
        var nameIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var scoreResponse = new List<int>();
        var scoreDimension = new List<int>();
        var score = new List<double>();
        using (var command = WindowCommand(
            $"SELECT s.survey_key, s.dimension, {AsDouble("s.score")} FROM survey_dimension_scores s JOIN survey_responses r ON r.id = s.survey_key " +
            "WHERE r.date >= @from AND r.date <= @to", window, on))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                int response = Array.BinarySearch(responseArray, reader.GetInt64(0));
                if (response < 0) continue;
                string name = reader.GetString(1);
                if (!nameIndex.TryGetValue(name, out int d)) { nameIndex[name] = d = names.Count; names.Add(name); }
                scoreResponse.Add(response);
                scoreDimension.Add(d);
                score.Add(reader.GetDouble(2));
            }
        }

        return keys => new SurveyAnswers(customer.Select(k => IndexOf(keys, k)).ToArray(), [.. day], [.. nps], [.. satisfaction], [.. scale], [.. names], [.. scoreResponse], [.. scoreDimension], [.. score]);
    }

    private LeadRecords ReadLeadRecords(MetricPeriod window, IReadOnlyDictionary<string, int> index)
    {
        using var command = WindowCommand(
            $"SELECT {DayOf("created")}, {DayOf("closed_on")}, outcome, source_channel, CASE WHEN outcome = 'won' THEN customer_id END FROM leads " +
            "WHERE (created >= @from AND created <= @to) OR (closed_on >= @from AND closed_on <= @to)", window);
        using var reader = command.ExecuteReader();
        var created = new List<int>();
        var closed = new List<int>();
        var outcome = new List<LeadOutcome>();
        var channel = new List<string?>();
        var customer = new List<int>();
        while (reader.Read())
        {
            created.Add(reader.GetInt32(0));
            closed.Add(reader.IsDBNull(1) ? MetricsCustomers.NoDay : reader.GetInt32(1));
            string text = reader.GetString(2);
            outcome.Add(text switch { "won" => LeadOutcome.Won, "lost" => LeadOutcome.Lost, "open" => LeadOutcome.Open, _ => Parse<LeadOutcome>(text) });
            channel.Add(Text(reader, 3));
            customer.Add(Text(reader, 4) is { } id && index.TryGetValue(id, out int c) ? c : -1);
        }

        return new LeadRecords([.. created], [.. closed], [.. outcome], [.. channel], [.. customer]);
    }

    private List<Investment> ReadInvestments(MetricPeriod window)
    {
        using var command = WindowCommand(
            "SELECT external_id, date, amount, category, stage, target_kind, target_id, plan_item_id, description FROM investments " +
            "WHERE date >= @from AND date <= @to ORDER BY date, id", window);
        using var reader = command.ExecuteReader();
        var investments = new List<Investment>();

        // A handful of enum spellings repeat over every row: parse each once.
        var categories = new Dictionary<string, CostCategory>(StringComparer.Ordinal);
        var stages = new Dictionary<string, LifecycleStage>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, InvestmentTargetKind>(StringComparer.Ordinal);
        static T Cached<T>(Dictionary<string, T> cache, string text)
            where T : struct, Enum
        {
            if (!cache.TryGetValue(text, out var value)) cache[text] = value = Parse<T>(text);
            return value;
        }

        while (reader.Read())
        {
            investments.Add(new Investment(
                reader.GetString(0), dialect.GetDate(reader, 1)!.Value, dialect.GetDecimal(reader, 2)!.Value, Cached(categories, reader.GetString(3)),
                Cached(stages, reader.GetString(4)), Cached(kinds, reader.GetString(5)), Text(reader, 6), Text(reader, 7), Text(reader, 8)));
        }

        return investments;
    }
}
