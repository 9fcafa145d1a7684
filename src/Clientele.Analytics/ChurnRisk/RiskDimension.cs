namespace Clientele.Analytics.ChurnRisk;

/// <summary>
/// What a risk or dealer report is grouped by (<c>--by</c>); the names are the KPI dimensions'
/// (month, quarter, year, segment, tier, dealer, region, industry, size, channel).
/// </summary>
public enum RiskDimension
{
    /// <summary>Calendar month (yyyy-MM).</summary>
    Month,

    /// <summary>Calendar quarter (yyyy-Qn).</summary>
    Quarter,

    /// <summary>Calendar year (yyyy).</summary>
    Year,

    /// <summary>RFM segment of the latest analysis snapshot.</summary>
    Segment,

    /// <summary>Value tier: gold (top 5% by CLV), silver (next 15%), standard (the rest); see <see cref="ValueTiers"/>.</summary>
    Tier,

    /// <summary>The customer's dealer.</summary>
    Dealer,

    /// <summary>Region.</summary>
    Region,

    /// <summary>Industry.</summary>
    Industry,

    /// <summary>Size class.</summary>
    Size,

    /// <summary>Acquisition channel.</summary>
    Channel,
}
