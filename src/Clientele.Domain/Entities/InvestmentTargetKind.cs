namespace Clientele.Domain.Entities;

/// <summary>What an investment was spent on.</summary>
public enum InvestmentTargetKind
{
    /// <summary>One customer.</summary>
    Customer,

    /// <summary>A segment of customers.</summary>
    Segment,

    /// <summary>A value tier.</summary>
    Tier,

    /// <summary>A dealer.</summary>
    Dealer,

    /// <summary>A campaign.</summary>
    Campaign,

    /// <summary>Overhead: no specific target.</summary>
    Overhead,
}
