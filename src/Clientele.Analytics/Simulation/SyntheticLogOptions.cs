namespace Clientele.Analytics.Simulation;

/// <summary>
/// The buy-till-you-die world a synthetic transaction log is drawn from (rates per week).
/// Defaults give a plausible retail customer base: most customers buy a few times a year and
/// about half are gone within a year, with a long tail of loyal heavy buyers.
/// </summary>
/// <param name="Customers">Customers to simulate.</param>
/// <param name="Seed">Random seed; the same seed gives the same log.</param>
/// <param name="Start">First day customers can be acquired.</param>
/// <param name="End">Last day of the log (inclusive).</param>
/// <param name="AcquisitionWeeks">Customers are acquired uniformly over this many weeks from <paramref name="Start"/>.</param>
/// <param name="R">Gamma shape of the purchase rate λ.</param>
/// <param name="Alpha">Gamma rate of λ (weeks).</param>
/// <param name="A">Beta a of the drop-out probability p.</param>
/// <param name="B">Beta b of p.</param>
/// <param name="SpendShape">Gamma shape p of one transaction's spend around the customer's mean.</param>
/// <param name="MeanSpendShape">Gamma shape q of the customer-level mean spend.</param>
/// <param name="MeanSpendScale">Scale of the customer-level mean spend (currency units).</param>
public sealed record SyntheticLogOptions(
    int Customers = 5_000,
    int Seed = 42,
    DateOnly? Start = null,
    DateOnly? End = null,
    double AcquisitionWeeks = 52,
    double R = 0.6,
    double Alpha = 4.0,
    double A = 0.8,
    double B = 4.0,
    double SpendShape = 4.0,
    double MeanSpendShape = 3.0,
    double MeanSpendScale = 30.0)
{
    /// <summary>The first acquisition day (default 2024-01-01).</summary>
    public DateOnly StartDate => Start ?? new DateOnly(2024, 1, 1);

    /// <summary>The last day of the log (default 2025-12-31).</summary>
    public DateOnly EndDate => End ?? new DateOnly(2025, 12, 31);
}
