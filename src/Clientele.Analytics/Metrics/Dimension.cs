namespace Clientele.Analytics.Metrics;

/// <summary>
/// What a measure can be sliced by: calendar time (month, quarter, year, each slice with its own preceding period)
/// or a customer attribute (every customer belongs to exactly one group of each).
/// </summary>
public enum Dimension
{
    /// <summary>Calendar months, cut to the period.</summary>
    Month,

    /// <summary>Calendar quarters, cut to the period.</summary>
    Quarter,

    /// <summary>Calendar years, cut to the period.</summary>
    Year,

    /// <summary>RFM segment of the latest analysis snapshot.</summary>
    Segment,

    /// <summary>Value tier (gold / silver / standard) from the latest snapshot's CLV, see <see cref="ValueTiers"/>.</summary>
    Tier,

    /// <summary>The dealer that serves the customer.</summary>
    Dealer,

    /// <summary>The customer's region.</summary>
    Region,

    /// <summary>The customer's industry.</summary>
    Industry,

    /// <summary>The customer's size class.</summary>
    Size,

    /// <summary>The customer's acquisition channel.</summary>
    Channel,
}
