using Clientele.Domain.Entities;

namespace Clientele.Analytics.Dealers;

/// <summary>
/// What the store adds up for one dealer over a scorecard period. A dealer's sales are the transactions carrying its
/// dealer id; the customers it served are the distinct customers of those transactions in the period.
/// </summary>
/// <param name="Dealer">The dealer (only its id is known when transactions name a dealer that is not stored).</param>
/// <param name="Sales">Σ amount of its transactions in the period (returns included).</param>
/// <param name="PreviousSales">Σ amount of its transactions in the preceding period of equal length.</param>
/// <param name="CustomersServed">Distinct customers with a transaction through it in the period.</param>
/// <param name="SatisfactionResponses">Survey responses with a satisfaction, dated in the period, of the customers it served.</param>
/// <param name="SatisfactionShareSum">Σ satisfaction / scale over those responses.</param>
/// <param name="Complaints">Complaint interactions dated in the period of the customers it served.</param>
public sealed record DealerFigures(
    Dealer Dealer,
    decimal Sales,
    decimal PreviousSales,
    int CustomersServed,
    int SatisfactionResponses,
    double SatisfactionShareSum,
    int Complaints);
