using System.Data.Common;
using System.Globalization;
using Clientele.Domain.Entities;

namespace Clientele.Storage.Database;

/// <summary>One customer's full picture (the "customer 360"): profile, history, analysis result, interactions and surveys.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>The customer with external id <paramref name="customerId"/> and its attributes, or null.</summary>
    public Customer? ReadCustomer(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        using var command = Command(
            "SELECT c.name, c.industry, c.size_class, c.region, c.country, c.acquisition_channel, c.dealer_id, c.account_manager_id, c.acquired_on, " +
            "a.name, a.value FROM customers c LEFT JOIN customer_attributes a ON a.customer_key = c.id WHERE c.external_id = @id ORDER BY a.name");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = customerId;
        using var reader = command.ExecuteReader();
        Customer? customer = null;
        Dictionary<string, string>? attributes = null;
        while (reader.Read())
        {
            customer ??= new Customer(
                customerId, Text(reader, 0), Text(reader, 1), Text(reader, 2) is { } size ? Parse<SizeClass>(size) : null, Text(reader, 3),
                Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7), dialect.GetDate(reader, 8));
            if (!reader.IsDBNull(9)) (attributes ??= new Dictionary<string, string>(StringComparer.Ordinal))[reader.GetString(9)] = reader.GetString(10);
        }

        return customer is null ? null : customer with { Attributes = attributes };
    }

    /// <summary>The customer's row of analysis run <paramref name="runId"/>, or null when the run or the row does not exist.</summary>
    public AnalysisResult? ReadCustomerResult(string runId, string customerId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(customerId);
        using var command = Command(
            "SELECT r.frequency, r.recency, r.age, r.monetary_value, r.total_amount, r.r_score, r.f_score, r.m_score, " +
            "r.rfm_composite, r.segment, r.p_alive, r.expected_purchases, r.expected_spend, r.clv " +
            "FROM analysis_results r JOIN analysis_runs u ON u.id = r.run_key JOIN customers c ON c.id = r.customer_key " +
            "WHERE u.external_id = @run AND c.external_id = @id");
        dialect.AddParameter(command, "@run", ColumnType.Text).Value = runId;
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = customerId;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new AnalysisResult(
            customerId, reader.GetInt32(0), Real(reader, 1), Real(reader, 2), Real(reader, 3), dialect.GetDecimal(reader, 4)!.Value,
            Score(reader, 5), Score(reader, 6), Score(reader, 7), Real(reader, 8), Text(reader, 9) ?? "",
            Real(reader, 10), Real(reader, 11), Real(reader, 12), Real(reader, 13));
    }

    /// <summary>How many transactions the customer has, their total amount and the first and last date; zeros and nulls when none.</summary>
    public (long Count, decimal Total, DateOnly? First, DateOnly? Last) CustomerTransactionTotals(string customerId)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        using var command = Command(
            "SELECT COUNT(*), SUM(t.amount), MIN(t.date), MAX(t.date) FROM transactions t JOIN customers c ON c.id = t.customer_key WHERE c.external_id = @id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = customerId;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), dialect.DecimalAggregate(reader.GetValue(1)), dialect.GetDate(reader, 2), dialect.GetDate(reader, 3));
    }

    /// <summary>The customer's latest <paramref name="limit"/> transactions, newest first (read through the (customer, date) index).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is not 1 to 10,000.</exception>
    public IReadOnlyList<TransactionRecord> ReadCustomerTransactions(string customerId, int limit)
    {
        using var command = LatestOfCustomer(
            "SELECT t.external_id, t.date, t.amount, t.margin, t.quantity, t.unit_price, t.order_id, t.product, t.category, t.dealer_id, t.channel " +
            "FROM transactions t JOIN customers c ON c.id = t.customer_key WHERE c.external_id = @id ORDER BY t.date DESC, t.id DESC LIMIT @limit",
            customerId, limit);
        using var reader = command.ExecuteReader();
        var rows = new List<TransactionRecord>();
        while (reader.Read())
        {
            rows.Add(new TransactionRecord(
                reader.GetString(0), customerId, dialect.GetDate(reader, 1)!.Value, dialect.GetDecimal(reader, 2)!.Value, dialect.GetDecimal(reader, 3),
                dialect.GetDecimal(reader, 4), dialect.GetDecimal(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10)));
        }

        return rows;
    }

    /// <summary>The customer's latest <paramref name="limit"/> interactions, newest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is not 1 to 10,000.</exception>
    public IReadOnlyList<Interaction> ReadCustomerInteractions(string customerId, int limit)
    {
        using var command = LatestOfCustomer(
            "SELECT i.external_id, i.date, i.kind, i.cost, i.hours, i.staff_id, i.outcome, i.resolved_on " +
            "FROM interactions i JOIN customers c ON c.id = i.customer_key WHERE c.external_id = @id ORDER BY i.date DESC, i.id DESC LIMIT @limit",
            customerId, limit);
        using var reader = command.ExecuteReader();
        var rows = new List<Interaction>();
        while (reader.Read())
        {
            rows.Add(new Interaction(
                reader.GetString(0), customerId, dialect.GetDate(reader, 1)!.Value, Parse<InteractionKind>(reader.GetString(2)), dialect.GetDecimal(reader, 3),
                dialect.GetDecimal(reader, 4), Text(reader, 5), Text(reader, 6), dialect.GetDate(reader, 7)));
        }

        return rows;
    }

    /// <summary>The customer's latest <paramref name="limit"/> survey responses with their dimension scores, newest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is not 1 to 10,000.</exception>
    public IReadOnlyList<SurveyResponse> ReadCustomerSurveys(string customerId, int limit)
    {
        using var command = LatestOfCustomer(
            "SELECT s.id, s.external_id, s.date, s.nps, s.satisfaction, s.satisfaction_scale, s.comment, d.dimension, d.score " +
            "FROM (SELECT s.* FROM survey_responses s JOIN customers c ON c.id = s.customer_key WHERE c.external_id = @id " +
            "ORDER BY s.date DESC, s.id DESC LIMIT @limit) s LEFT JOIN survey_dimension_scores d ON d.survey_key = s.id " +
            "ORDER BY s.date DESC, s.id DESC, d.dimension",
            customerId, limit);
        using var reader = command.ExecuteReader();
        var rows = new List<SurveyResponse>();
        long pendingKey = long.MinValue;
        SurveyResponse? pending = null;
        Dictionary<string, decimal>? dimensions = null;
        while (reader.Read())
        {
            long key = reader.GetInt64(0);
            if (pending is not null && key != pendingKey)
            {
                rows.Add(pending with { Dimensions = dimensions });
                pending = null;
            }

            if (pending is null)
            {
                pendingKey = key;
                dimensions = null;
                pending = new SurveyResponse(
                    reader.GetString(1), customerId, dialect.GetDate(reader, 2)!.Value, reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    dialect.GetDecimal(reader, 4), reader.GetInt32(5), null, Text(reader, 6));
            }

            if (!reader.IsDBNull(7)) (dimensions ??= new Dictionary<string, decimal>(StringComparer.Ordinal))[reader.GetString(7)] = dialect.GetDecimal(reader, 8)!.Value;
        }

        if (pending is not null) rows.Add(pending with { Dimensions = dimensions });
        return rows;
    }

    /// <summary>A command for one customer's latest rows: <c>@id</c> is the customer's external id, <c>@limit</c> the row count (1 to 10,000).</summary>
    private DbCommand LatestOfCustomer(string sql, string customerId, int limit)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        if (limit is < 1 or > 10_000) throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be 1 to 10,000 rows.");
        var command = Command(sql);
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = customerId;
        dialect.AddParameter(command, "@limit", ColumnType.Integer).Value = (long)limit;
        return command;
    }
}
