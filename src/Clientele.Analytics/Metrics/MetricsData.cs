using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// Everything the measures read, in memory: the customers, their transactions per day, complaints and campaign
/// touches, survey answers, leads, the investment ledger, and the margin rate that values the transactions
/// without a margin. Covers at least the period asked for and its preceding period.
/// </summary>
/// <param name="Customers">The customers; every other part refers to them by index.</param>
/// <param name="Days">Transactions per customer and day.</param>
/// <param name="Contacts">Complaints and campaign touches per customer and day.</param>
/// <param name="Surveys">Survey responses.</param>
/// <param name="Leads">Leads.</param>
/// <param name="Investments">The investment ledger entries.</param>
/// <param name="MarginRate">
/// Margin per unit of revenue for transactions without a margin (the store's Σ margin / Σ amount, see
/// <c>ClienteleStore.MarginRate</c>), or null when none is known; margins are then unknown when such rows exist. The
/// store reads it only when the window holds such rows (it could change nothing otherwise).
/// </param>
public sealed record MetricsData(
    MetricsCustomers Customers,
    CustomerDays Days,
    ContactEvents Contacts,
    SurveyAnswers Surveys,
    LeadRecords Leads,
    IReadOnlyList<Investment> Investments,
    double? MarginRate)
{
    /// <summary>
    /// The optional parts this data holds (<see cref="MetricsParts.All"/> unless a store was asked for fewer); a
    /// part not held is empty, and a calculator that needs it refuses the data rather than report its measures as empty.
    /// </summary>
    public MetricsParts Parts { get; init; } = MetricsParts.All;

    /// <summary>Throws unless this data holds every part in <paramref name="needed"/>.</summary>
    /// <exception cref="ArgumentException">A part in <paramref name="needed"/> was not read.</exception>
    internal void Require(MetricsParts needed, string paramName)
    {
        if ((Parts & needed) != needed)
        {
            throw new ArgumentException($"The metrics data lacks the parts {needed & ~Parts} that these measures need; read them with the store.", paramName);
        }
    }

    /// <summary>
    /// Builds the in-memory data from domain entities (the store aggregates in SQL instead); transactions,
    /// interactions and responses of customers that are not in <paramref name="customers"/> are ignored.
    /// </summary>
    public static MetricsData FromEntities(
        MetricsCustomers customers, IEnumerable<TransactionRecord> transactions, IEnumerable<Interaction> interactions,
        IEnumerable<SurveyResponse> surveys, IEnumerable<Lead> leads, IEnumerable<Investment> investments, double? marginRate)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(investments);
        var index = customers.IndexById();
        return new MetricsData(
            customers, CustomerDays.FromTransactions(transactions, index), ContactEvents.FromInteractions(interactions, index),
            SurveyAnswers.FromResponses(surveys, index), LeadRecords.FromLeads(leads, index), investments.ToList(), marginRate);
    }
}
