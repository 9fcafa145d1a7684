namespace Clientele.Analytics.Metrics;

/// <summary>
/// The optional parts of <see cref="MetricsData"/> a store reads: the customers and their transactions per day are
/// always read; a command asks only for the parts its measures use (kpi: no investments; economics: no leads or
/// survey answers), and a part not asked for is empty.
/// </summary>
[Flags]
public enum MetricsParts
{
    /// <summary>Only the customers and their transactions per day.</summary>
    None = 0,

    /// <summary>Complaints and campaign touches per customer and day (complaint rate; cost charging of campaigns).</summary>
    Contacts = 1,

    /// <summary>Survey responses and their dimension scores (NPS, CSAT, satisfaction by dimension and its link to loyalty).</summary>
    Surveys = 2,

    /// <summary>Leads (conversion rate, sales cycle).</summary>
    Leads = 4,

    /// <summary>The investment ledger (cost composition, CAC, ROI, cost charging).</summary>
    Investments = 8,

    /// <summary>What the relationship KPIs read (<see cref="KpiCalculator"/>).</summary>
    Kpi = Contacts | Surveys | Leads,

    /// <summary>What the economics read (<see cref="EconomicsCalculator"/>).</summary>
    Economics = Contacts | Investments,

    /// <summary>Every part.</summary>
    All = Contacts | Surveys | Leads | Investments,
}
