using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Clientele.Storage.Database;

/// <summary>Customer listings for the REST API: paging, indexed prefix search, filters, tiers and segment totals of a run.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>The id of the most recently saved analysis run, or null when there is none (one index lookup).</summary>
    public string? LatestAnalysisRunId()
    {
        using var command = Command("SELECT external_id FROM analysis_runs ORDER BY id DESC LIMIT 1");
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// The CLV cuts of run <paramref name="runId"/> into value tiers by share of customers (see <see cref="TierCuts"/>):
    /// found through the (run, CLV) index as the CLV at rank ⌈share · n⌉, without sorting the run. Null when there is
    /// no such run or none of its customers has a CLV.
    /// </summary>
    /// <exception cref="ArgumentException">A share is outside (0, 1] or they add up to more than 1.</exception>
    public TierCuts? ReadTierCuts(string runId, double goldShare = TierCuts.DefaultGoldShare, double silverShare = TierCuts.DefaultSilverShare)
    {
        ArgumentNullException.ThrowIfNull(runId);
        if (!(goldShare > 0 && goldShare <= 1)) throw new ArgumentException($"The gold share must be in (0, 1], got {goldShare}.", nameof(goldShare));
        if (!(silverShare > 0 && goldShare + silverShare <= 1)) throw new ArgumentException($"The silver share must be in (0, 1 − gold share], got {silverShare}.", nameof(silverShare));
        if (RunKey(runId) is not { } run) return null;
        using var count = Command("SELECT COUNT(*) FROM analysis_results WHERE run_key = @run AND clv IS NOT NULL");
        dialect.AddParameter(count, "@run", ColumnType.Integer).Value = run;
        long n = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (n == 0) return null;

        // Rank k (1-based) of the last customer inside a tier; OFFSET k − 1 in descending CLV order reads it.
        long goldRank = Math.Max(1, (long)Math.Ceiling(goldShare * n));
        long silverRank = Math.Max(goldRank, Math.Min(n, (long)Math.Ceiling((goldShare + silverShare) * n)));
        return new TierCuts(runId, ClvAtRank(run, goldRank), ClvAtRank(run, silverRank), n);
    }

    /// <summary>
    /// One page of customers matching <paramref name="query"/>, with their results in run <paramref name="runId"/>
    /// (null: no results, and a segment or tier filter then matches nobody). The search reads the id and name
    /// indexes, so it does not scan the customers; filters on run results scan that run's rows.
    /// </summary>
    /// <param name="query">Paging, search, filters and order.</param>
    /// <param name="runId">The analysis run to show, usually <see cref="LatestAnalysisRunId"/>.</param>
    /// <param name="cuts">The run's tier cuts (<see cref="ReadTierCuts"/>); needed to filter by tier and to show tiers.</param>
    /// <exception cref="ArgumentException">The query is out of range (the parameter name is the query property).</exception>
    public CustomerPage QueryCustomers(CustomerQuery query, string? runId, TierCuts? cuts)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        long? run = runId is null ? null : RunKey(runId);
        bool noResults = (query.Segment is not null || query.Tier is not null) && (run is null || (query.Tier is not null && cuts is null));
        if (noResults) return new CustomerPage([], 0, run is null ? null : runId);

        var where = new List<string>();
        var parameters = new List<(string Name, ColumnType Type, object Value)>();
        bool postgres = dialect.Provider == StoreProvider.PostgreSql;
        if (!string.IsNullOrEmpty(query.Search))
        {
            // Prefix matches that the planners turn into index range scans: GLOB (case-sensitive) over the unique id
            // index and LIKE over the NOCASE name index on SQLite; LIKE over text_pattern_ops indexes on PostgreSQL.
            if (postgres)
            {
                where.Add("(c.external_id LIKE @idPrefix OR lower(c.name) LIKE @namePrefix)");
                parameters.Add(("@idPrefix", ColumnType.Text, EscapeLike(query.Search) + "%"));
                parameters.Add(("@namePrefix", ColumnType.Text, EscapeLike(query.Search.ToLowerInvariant()) + "%"));
            }
            else
            {
                where.Add("(c.external_id GLOB @idPrefix OR c.name LIKE @namePrefix ESCAPE '\\')");
                parameters.Add(("@idPrefix", ColumnType.Text, EscapeGlob(query.Search) + "*"));
                parameters.Add(("@namePrefix", ColumnType.Text, EscapeLike(query.Search) + "%"));
            }
        }

        if (query.DealerId is not null)
        {
            where.Add("c.dealer_id = @dealer");
            parameters.Add(("@dealer", ColumnType.Text, query.DealerId));
        }

        if (query.Region is not null)
        {
            where.Add("c.region = @region");
            parameters.Add(("@region", ColumnType.Text, query.Region));
        }

        if (query.Segment is not null)
        {
            where.Add("r.segment = @segment");
            parameters.Add(("@segment", ColumnType.Text, query.Segment));
        }

        if (query.Tier is { } tier)
        {
            where.Add(tier switch
            {
                ValueTier.Gold => "r.clv >= @gold",
                ValueTier.Silver => "r.clv >= @silver AND r.clv < @gold",
                _ => "r.clv < @silver",
            });
            parameters.Add(("@gold", ColumnType.Integer, cuts!.GoldMinClv));
            parameters.Add(("@silver", ColumnType.Integer, cuts.SilverMinClv));
        }

        string join = run is null ? "" : " LEFT JOIN analysis_results r ON r.customer_key = c.id AND r.run_key = @run";
        string filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        string order = query.Order switch
        {
            CustomerOrder.ClvDescending when run is not null => " ORDER BY r.clv DESC NULLS LAST, c.id",
            CustomerOrder.Name => " ORDER BY c.name NULLS FIRST, c.id",
            _ => " ORDER BY c.id",
        };
        string results = run is null ? "NULL, NULL, NULL, NULL" : "r.segment, r.total_amount, r.p_alive, r.clv";

        long total;
        bool countNeedsRun = query.Segment is not null || query.Tier is not null;
        using (var count = Command("SELECT COUNT(*) FROM customers c" + (countNeedsRun ? join : "") + filter))
        {
            Bind(count, parameters, countNeedsRun ? run : null);
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var items = new List<CustomerListItem>(Math.Min(query.PageSize, (int)Math.Min(total, int.MaxValue)));
        if (total > (long)(query.Page - 1) * query.PageSize)
        {
            using var select = Command(
                $"SELECT c.external_id, c.name, c.region, c.dealer_id, {results} FROM customers c{join}{filter}{order} LIMIT @limit OFFSET @offset");
            Bind(select, parameters, run);
            dialect.AddParameter(select, "@limit", ColumnType.Integer).Value = (long)query.PageSize;
            dialect.AddParameter(select, "@offset", ColumnType.Integer).Value = (long)(query.Page - 1) * query.PageSize;
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                double? clv = reader.IsDBNull(7) ? null : reader.GetDouble(7);
                items.Add(new CustomerListItem(
                    reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4),
                    clv is { } value ? cuts?.TierOf(value) : null,
                    dialect.GetDecimal(reader, 5), reader.IsDBNull(6) ? null : reader.GetDouble(6), clv));
            }
        }

        return new CustomerPage(items, total, run is null ? null : runId);
    }

    /// <summary>Customers, revenue, total CLV and mean P(alive) per RFM segment of run <paramref name="runId"/>, largest segment first; empty when there is no such run.</summary>
    public IReadOnlyList<SegmentSummary> SummarizeSegments(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        if (RunKey(runId) is not { } run) return [];
        using var command = Command(
            "SELECT COALESCE(segment, ''), COUNT(*), SUM(total_amount), SUM(clv), AVG(p_alive) FROM analysis_results " +
            "WHERE run_key = @run GROUP BY COALESCE(segment, '') ORDER BY COUNT(*) DESC, COALESCE(segment, '')");
        dialect.AddParameter(command, "@run", ColumnType.Integer).Value = run;
        using var reader = command.ExecuteReader();
        var segments = new List<SegmentSummary>();
        while (reader.Read())
        {
            segments.Add(new SegmentSummary(
                reader.GetString(0), reader.GetInt64(1), dialect.DecimalAggregate(reader.GetValue(2)),
                reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.IsDBNull(4) ? null : Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }

        return segments;
    }

    private long? RunKey(string runId)
    {
        using var command = Command("SELECT id FROM analysis_runs WHERE external_id = @id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = runId;
        return command.ExecuteScalar() is { } key and not DBNull ? Convert.ToInt64(key, CultureInfo.InvariantCulture) : null;
    }

    private double ClvAtRank(long run, long rank)
    {
        using var command = Command("SELECT clv FROM analysis_results WHERE run_key = @run AND clv IS NOT NULL ORDER BY clv DESC LIMIT 1 OFFSET @offset");
        dialect.AddParameter(command, "@run", ColumnType.Integer).Value = run;
        dialect.AddParameter(command, "@offset", ColumnType.Integer).Value = rank - 1;
        return Convert.ToDouble(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Bind(DbCommand command, List<(string Name, ColumnType Type, object Value)> parameters, long? run)
    {
        foreach (var (name, type, value) in parameters)
        {
            if (value is double d) AddValue(command, name, d);
            else dialect.AddParameter(command, name, type).Value = value;
        }

        if (run is { } key) dialect.AddParameter(command, "@run", ColumnType.Integer).Value = key;
    }

    private static string EscapeLike(string text)
    {
        var escaped = new StringBuilder(text.Length + 4);
        foreach (char ch in text)
        {
            if (ch is '%' or '_' or '\\') escaped.Append('\\');
            escaped.Append(ch);
        }

        return escaped.ToString();
    }

    // GLOB has no escape character; a special character is matched literally inside brackets.
    private static string EscapeGlob(string text)
    {
        var escaped = new StringBuilder(text.Length + 4);
        foreach (char ch in text)
        {
            if (ch is '*' or '?' or '[' or ']') escaped.Append('[').Append(ch).Append(']');
            else escaped.Append(ch);
        }

        return escaped.ToString();
    }
}
