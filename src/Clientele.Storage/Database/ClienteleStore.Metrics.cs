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
    /// the period end. Only the optional <paramref name="parts"/> are read (the others are empty, see
    /// <see cref="MetricsData.Parts"/>): a command reads what its measures use.
    /// </summary>
    /// <exception cref="ArgumentNullException">The period is null.</exception>
    public MetricsData ReadMetricsData(MetricPeriod period, MetricsParts parts = MetricsParts.All)
    {
        ArgumentNullException.ThrowIfNull(period);
        var window = new MetricPeriod(period.Preceding.From, period.To);

        // The transaction query is the heaviest; on a file or server store it runs on a second connection, and the
        // complaints and surveys on a third, while this one reads the rest. Inside an open transaction (whose rows only
        // this connection sees) or in memory, everything runs here. Rows come back with store keys, mapped to
        // customer indices once the customers are read.
        bool parallel = current is null && (Location.FilePath is not null || dialect.Provider == StoreProvider.PostgreSql);
        var timings = StageTimings.FromEnvironment("metrics read");
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

        var days = OnOwnConnection(on => timings.Time("customer days", () => ReadRawCustomerDays(on, window)));
        var contactsAndSurveys = OnOwnConnection(on => timings.Time("contacts, surveys, leads", () => (
            parts.HasFlag(MetricsParts.Contacts) ? ReadContactEvents(on, window) : _ => new ContactEvents([], [], [], []),
            parts.HasFlag(MetricsParts.Surveys) ? ReadSurveyAnswers(on, window) : _ => new SurveyAnswers([], [], [], [], [], [], [], [], []),
            parts.HasFlag(MetricsParts.Leads) ? ReadLeadRecords(on, window) : _ => new LeadRecords([], [], [], [], []))));
        var (keys, customers) = timings.Time("customers", ReadMetricsCustomers);
        var investments = parts.HasFlag(MetricsParts.Investments) ? timings.Time("investments", () => ReadInvestments(window)) : [];
        var (contacts, surveys, leads) = contactsAndSurveys.GetAwaiter().GetResult();
        var rawDays = days.GetAwaiter().GetResult();

        // The margin rate (a pass over every stored transaction) only values rows without a margin: skip it when the
        // window has none, as its value could not change any measure then.
        double? rate = rawDays.HasUnmargined && MarginRate(period.To) is { } stored ? (double)stored : null;
        var data = new MetricsData(customers, rawDays.ToCustomerDays(keys), contacts(keys), surveys(keys), leads(keys), investments, rate) { Parts = parts & MetricsParts.All };
        timings.Mark("assembled");
        return data;
    }

    /// <summary>Customer days with store keys, before they become customer indices.</summary>
    private sealed record RawCustomerDays(long[] Keys, int[] Day, double[] Revenue, double[] Margin, double[] Unmargined, int[] Orders)
    {
        public bool HasUnmargined => Unmargined.AsSpan().ContainsAnyExcept(0.0);

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

    /// <summary>
    /// On SQLite, the connection and the window's date parameters for <see cref="SqliteRows"/>; null on PostgreSQL.
    /// </summary>
    private (Microsoft.Data.Sqlite.SqliteConnection Connection, (string Name, string Value)[] Parameters)? SqliteWindow(DbConnection on, MetricPeriod window) =>
        on is Microsoft.Data.Sqlite.SqliteConnection sqlite && dialect.Provider == StoreProvider.Sqlite
            ? (sqlite, [("@from", (string)dialect.ToDb(ColumnType.Date, window.From, "from", "")!), ("@to", (string)dialect.ToDb(ColumnType.Date, window.To, "to", "")!)])
            : null;

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
        // The first purchase only where acquired_on is missing: COALESCE evaluates the indexed MIN lazily, where a
        // join with a GROUP BY over all transactions would aggregate every customer's rows.
        string customersSql =
            "SELECT c.id, c.external_id, c.industry, c.size_class, c.region, c.acquisition_channel, c.dealer_id, " +
            $"{DayOf("COALESCE(c.acquired_on, (SELECT MIN(t.date) FROM transactions t WHERE t.customer_key = c.id))")}, g.value " +
            $"FROM customers c LEFT JOIN customer_attributes g ON g.customer_key = c.id AND g.name = '{MetricsCustomers.GroupAttribute}' ORDER BY c.id";
        string snapshotSql = "SELECT r.customer_key, r.segment, r.clv FROM analysis_results r WHERE r.run_key = (SELECT MAX(id) FROM analysis_runs)";
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && dialect.Provider == StoreProvider.Sqlite)
        {
            // The dimension columns repeat a few values over every customer: one string per value.
            var interner = new Utf8Interner();
            string? Interned(IntPtr s, int column) => SqliteNative.ColumnType(s, column) == SqliteNative.Null ? null : interner.Intern(SqliteNative.ColumnText(s, column));
            SqliteRows.Read(sqlite, customersSql, [], s =>
            {
                keys.Add(SqliteNative.ColumnInt64(s, 0));
                ids.Add(System.Text.Encoding.UTF8.GetString(SqliteNative.ColumnText(s, 1)));
                industry.Add(Interned(s, 2));
                size.Add(Interned(s, 3));
                region.Add(Interned(s, 4));
                channel.Add(Interned(s, 5));
                dealer.Add(Interned(s, 6));
                acquired.Add(SqliteNative.ColumnType(s, 7) == SqliteNative.Null ? MetricsCustomers.NoDay : (int)SqliteNative.ColumnInt64(s, 7));
                control.Add(Interned(s, 8) is { } group && string.Equals(group.Trim(), MetricsCustomers.ControlGroupValue, StringComparison.OrdinalIgnoreCase));
            });
            var sqliteKeys = keys.ToArray();
            var sqliteSegment = new string?[sqliteKeys.Length];
            var sqliteClv = Enumerable.Repeat(double.NaN, sqliteKeys.Length).ToArray();
            SqliteRows.Read(sqlite, snapshotSql, [], s =>
            {
                int i = Array.BinarySearch(sqliteKeys, SqliteNative.ColumnInt64(s, 0));
                if (i < 0) return;
                sqliteSegment[i] = Interned(s, 1);
                sqliteClv[i] = SqliteNative.ColumnType(s, 2) == SqliteNative.Null ? double.NaN : SqliteNative.ColumnDouble(s, 2);
            });
            return (sqliteKeys, MetricsCustomers.Create(ids, acquired, sqliteSegment, sqliteClv, dealer, region, industry, size, channel, control));
        }

        using (var command = Command(customersSql))
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
                acquired.Add(reader.IsDBNull(7) ? MetricsCustomers.NoDay : Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture));
                control.Add(Text(reader, 8) is { } group && string.Equals(group.Trim(), MetricsCustomers.ControlGroupValue, StringComparison.OrdinalIgnoreCase));
            }
        }

        var keyArray = keys.ToArray();
        var segment = new string?[keyArray.Length];
        var clv = Enumerable.Repeat(double.NaN, keyArray.Length).ToArray();
        using (var command = Command(snapshotSql))
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
        var keys = new List<long>();
        var day = new List<int>();
        var revenue = new List<double>();
        var margin = new List<double>();
        var unmargined = new List<double>();
        var orders = new List<int>();
        if (SqliteWindow(on, window) is { } sqlite)
        {
            // Every column is numeric and never NULL (SUM over a non-empty group, COALESCE, COUNT).
            SqliteRows.Read(sqlite.Connection, command.CommandText, sqlite.Parameters, s =>
            {
                keys.Add(SqliteNative.ColumnInt64(s, 0));
                day.Add((int)SqliteNative.ColumnInt64(s, 1));
                revenue.Add(SqliteNative.ColumnDouble(s, 2));
                margin.Add(SqliteNative.ColumnDouble(s, 3));
                unmargined.Add(SqliteNative.ColumnDouble(s, 4));
                orders.Add((int)SqliteNative.ColumnInt64(s, 5));
            });
            return new RawCustomerDays([.. keys], [.. day], [.. revenue], [.. margin], [.. unmargined], [.. orders]);
        }

        using var reader = command.ExecuteReader();
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
        var customer = new List<long>();
        var day = new List<int>();
        var complaints = new List<int>();
        var touches = new List<int>();
        if (SqliteWindow(on, window) is { } sqlite)
        {
            SqliteRows.Read(sqlite.Connection, command.CommandText, sqlite.Parameters, s =>
            {
                customer.Add(SqliteNative.ColumnInt64(s, 0));
                day.Add((int)SqliteNative.ColumnInt64(s, 1));
                complaints.Add((int)SqliteNative.ColumnInt64(s, 2));
                touches.Add((int)SqliteNative.ColumnInt64(s, 3));
            });
        }
        else
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                customer.Add(reader.GetInt64(0));
                day.Add(reader.GetInt32(1));
                complaints.Add((int)reader.GetInt64(2));
                touches.Add((int)reader.GetInt64(3));
            }
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

    private Func<long[], LeadRecords> ReadLeadRecords(DbConnection on, MetricPeriod window)
    {
        // Outcomes come as codes and a won lead's customer as its store key (one index lookup in SQL), so no row
        // allocates a string but its source channel.
        using var command = WindowCommand(
            $"SELECT {DayOf("l.created")}, {DayOf("l.closed_on")}, CASE l.outcome WHEN 'won' THEN 0 WHEN 'lost' THEN 1 WHEN 'open' THEN 2 END, l.outcome, " +
            "l.source_channel, c.id FROM leads l LEFT JOIN customers c ON l.outcome = 'won' AND c.external_id = l.customer_id " +
            "WHERE (l.created >= @from AND l.created <= @to) OR (l.closed_on >= @from AND l.closed_on <= @to)", window, on);
        var created = new List<int>();
        var closed = new List<int>();
        var outcome = new List<LeadOutcome>();
        var channel = new List<string?>();
        var customer = new List<long>();
        static LeadOutcome Outcome(long code) => code switch { 0 => LeadOutcome.Won, 1 => LeadOutcome.Lost, _ => LeadOutcome.Open };
        if (SqliteWindow(on, window) is { } sqlite)
        {
            var interner = new Utf8Interner();
            SqliteRows.Read(sqlite.Connection, command.CommandText, sqlite.Parameters, s =>
            {
                created.Add((int)SqliteNative.ColumnInt64(s, 0));
                closed.Add(SqliteNative.ColumnType(s, 1) == SqliteNative.Null ? MetricsCustomers.NoDay : (int)SqliteNative.ColumnInt64(s, 1));
                outcome.Add(SqliteNative.ColumnType(s, 2) == SqliteNative.Null
                    ? Parse<LeadOutcome>(System.Text.Encoding.UTF8.GetString(SqliteNative.ColumnText(s, 3)))
                    : Outcome(SqliteNative.ColumnInt64(s, 2)));
                channel.Add(SqliteNative.ColumnType(s, 4) == SqliteNative.Null ? null : interner.Intern(SqliteNative.ColumnText(s, 4)));
                customer.Add(SqliteNative.ColumnType(s, 5) == SqliteNative.Null ? -1 : SqliteNative.ColumnInt64(s, 5));
            });
        }
        else
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                created.Add(reader.GetInt32(0));
                closed.Add(reader.IsDBNull(1) ? MetricsCustomers.NoDay : reader.GetInt32(1));
                outcome.Add(reader.IsDBNull(2) ? Parse<LeadOutcome>(reader.GetString(3)) : Outcome(reader.GetInt32(2)));
                channel.Add(Text(reader, 4));
                customer.Add(reader.IsDBNull(5) ? -1 : reader.GetInt64(5));
            }
        }

        return keys => new LeadRecords([.. created], [.. closed], [.. outcome], [.. channel],
            customer.Select(k => k < 0 ? -1 : Array.BinarySearch(keys, k) is >= 0 and var i ? i : -1).ToArray());
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
