namespace Clientele.Analytics.ChurnRisk;

/// <summary>
/// What the churn early warning knows about one customer as of the current analysis snapshot: the model's CLV and
/// P(alive) (now and in the previous snapshot), the purchase history summary (Fader, Hardie &amp; Lee 2005, §2: x, t_x,
/// T, here in whole days), its last two satisfaction answers and its open complaints.
/// </summary>
/// <param name="CustomerId">The customer's external id.</param>
/// <param name="Clv">Discounted CLV over the snapshot's horizon (already weighted by P(alive)); NaN when not predicted.</param>
/// <param name="ProbabilityAlive">P(alive) as of the current snapshot; NaN when not predicted.</param>
/// <param name="PreviousProbabilityAlive">P(alive) in the previous snapshot, or null when there is none or it did not hold the customer.</param>
/// <param name="RepeatPurchases">x: distinct purchase days − 1.</param>
/// <param name="RecencyDays">t_x in days: last purchase day − first purchase day.</param>
/// <param name="AgeDays">T in days: as-of day − first purchase day.</param>
/// <param name="LatestSatisfaction">The latest satisfaction answer up to the as-of day, or null.</param>
/// <param name="PreviousSatisfaction">The answer before <paramref name="LatestSatisfaction"/>, or null.</param>
/// <param name="OpenComplaints">Complaints dated up to the as-of day and not resolved by it.</param>
/// <param name="OldestOpenComplaint">The date of the oldest open complaint, or null when there is none.</param>
/// <param name="Profile">The attributes for grouping.</param>
public sealed record ChurnCustomerFacts(
    string CustomerId,
    double Clv,
    double ProbabilityAlive,
    double? PreviousProbabilityAlive,
    int RepeatPurchases,
    int RecencyDays,
    int AgeDays,
    SatisfactionReading? LatestSatisfaction = null,
    SatisfactionReading? PreviousSatisfaction = null,
    int OpenComplaints = 0,
    DateOnly? OldestOpenComplaint = null,
    CustomerProfile? Profile = null)
{
    /// <summary>Days since the last purchase: T − t_x.</summary>
    public int DaysSinceLastPurchase => AgeDays - RecencyDays;
}
