namespace Clientele.Analytics.Simulation;

/// <summary>
/// What <see cref="DemoCompanyGenerator"/> simulates: how many customers over which window, the seed, the size
/// of the channel and the workforce, and the buy-till-you-die population the purchases are drawn from
/// (BG/NBD, Fader, Hardie &amp; Lee 2005: purchase rate λ ~ Gamma(r, α) per week, drop-out p ~ Beta(a, b) after
/// each purchase). Null counts scale with <see cref="Customers"/>.
/// </summary>
/// <param name="Customers">Customers to simulate (all are acquired inside the window).</param>
/// <param name="Seed">Random seed: the same options give the same company.</param>
/// <param name="Start">First day of the window; default two years before <paramref name="End"/>.</param>
/// <param name="End">Last day of the window, inclusive; default 2025-12-31.</param>
/// <param name="Dealers">Dealers; default max(7, customers / 150), at least one per Chinese region when ≥ 7.</param>
/// <param name="AccountManagers">Account managers; default max(2, ⌈0.15 · customers / 75⌉) (about 75 managed accounts each).</param>
/// <param name="ServiceStaff">Customer-service staff; default max(2, ⌈customers / 1,000⌉).</param>
/// <param name="SalesStaff">New-business sales staff; default max(1, ⌈customers / 2,500⌉).</param>
/// <param name="R">Gamma shape r of the weekly purchase rate λ.</param>
/// <param name="Alpha">Gamma rate α of λ, in weeks.</param>
/// <param name="A">Beta a of the drop-out probability p.</param>
/// <param name="B">Beta b of p.</param>
public sealed record DemoCompanyOptions(
    int Customers = 5_000,
    int Seed = 42,
    DateOnly? Start = null,
    DateOnly? End = null,
    int? Dealers = null,
    int? AccountManagers = null,
    int? ServiceStaff = null,
    int? SalesStaff = null,
    double R = 0.9,
    double Alpha = 5.0,
    double A = 0.7,
    double B = 4.0)
{
    /// <summary>The last day of the window (default 2025-12-31).</summary>
    public DateOnly EndDate => End ?? new DateOnly(2025, 12, 31);

    /// <summary>The first day of the window (default two years before <see cref="EndDate"/>, e.g. 2024-01-01).</summary>
    public DateOnly StartDate => Start ?? EndDate.AddYears(-2).AddDays(1);

    /// <summary>The number of dealers after defaults.</summary>
    public int DealerCount => Dealers ?? Math.Max(7, Customers / 150);

    /// <summary>The number of account managers after defaults.</summary>
    public int AccountManagerCount => AccountManagers ?? Math.Max(2, (int)Math.Ceiling(0.15 * Customers / 75.0));

    /// <summary>The number of customer-service staff after defaults.</summary>
    public int ServiceStaffCount => ServiceStaff ?? Math.Max(2, (int)Math.Ceiling(Customers / 1_000.0));

    /// <summary>The number of new-business sales staff after defaults.</summary>
    public int SalesStaffCount => SalesStaff ?? Math.Max(1, (int)Math.Ceiling(Customers / 2_500.0));

    /// <summary>Checks the options; throws an <see cref="ArgumentException"/> naming the first problem.</summary>
    /// <exception cref="ArgumentException">A count is out of range, the window is shorter than 60 days, or a BG/NBD parameter is not positive.</exception>
    public void Validate()
    {
        const string name = "options";
        if (Customers < 1) throw new ArgumentException($"At least one customer is needed, got {Customers}.", name);
        if (EndDate.DayNumber - StartDate.DayNumber < 60) throw new ArgumentException($"The window {StartDate:yyyy-MM-dd} to {EndDate:yyyy-MM-dd} must span at least 60 days.", name);
        if (DealerCount < 1) throw new ArgumentException($"At least one dealer is needed, got {DealerCount}.", name);
        if (AccountManagerCount < 1) throw new ArgumentException($"At least one account manager is needed, got {AccountManagerCount}.", name);
        if (ServiceStaffCount < 1) throw new ArgumentException($"At least one service staff member is needed, got {ServiceStaffCount}.", name);
        if (SalesStaffCount < 1) throw new ArgumentException($"At least one sales staff member is needed, got {SalesStaffCount}.", name);
        if (!(R > 0) || !(Alpha > 0) || !(A > 0) || !(B > 0) || !double.IsFinite(R + Alpha + A + B))
        {
            throw new ArgumentException($"The BG/NBD parameters r, alpha, a, b must be positive and finite, got {R}, {Alpha}, {A}, {B}.", name);
        }
    }
}
