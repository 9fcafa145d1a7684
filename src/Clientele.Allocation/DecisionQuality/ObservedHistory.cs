namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// What the firm observes of one customer, in the terms of the buy-till-you-die likelihood (Fader, Hardie &amp; Lee
/// 2005): the first purchase t₁ and the last t_x (weeks after <see cref="SimulatedCompanyGenerator.Start"/>, at the
/// middle of their recorded day), the repeat purchases in each regime (before any plan, and in each year an executed
/// plan was in effect, with the option the customer got there), the order values per regime, and the complaints.
/// Never the true λ, p, μ or alive.
/// </summary>
/// <param name="FirstWeek">t₁: the first purchase (acquisition), mid-day.</param>
/// <param name="LastWeek">t_x: the last purchase, mid-day (= t₁ with no repeat purchase).</param>
/// <param name="UntreatedRepeats">Repeat purchases before any plan (the first purchase is not a repeat).</param>
/// <param name="UntreatedSpend">The sum of the order values before any plan (first purchase included: UntreatedRepeats + 1 orders).</param>
/// <param name="TreatedRepeats">Per treated year: the purchases in it (all repeats).</param>
/// <param name="TreatedSpend">Per treated year: the sum of its order values.</param>
/// <param name="TreatedOption">Per treated year: the option the customer got (0 = none).</param>
/// <param name="Complaints">The number of complaints over the observed life.</param>
/// <param name="ComplaintAfterLastPurchase">A complaint on a day after the last purchase: the customer was alive after t_x.</param>
/// <param name="AliveExposure">Weeks the customer was observable from t₁ to the end of the history (the purchase process's active time).</param>
/// <param name="DeadExposure">Weeks of active time from t₁ to t_x: the exposure if the customer left at its last purchase.</param>
internal sealed record ObservedHistory(
    double FirstWeek,
    double LastWeek,
    int UntreatedRepeats,
    double UntreatedSpend,
    int[] TreatedRepeats,
    double[] TreatedSpend,
    int[] TreatedOption,
    int Complaints,
    bool ComplaintAfterLastPurchase,
    double AliveExposure,
    double DeadExposure)
{
    /// <summary>x: all repeat purchases.</summary>
    public int Repeats => UntreatedRepeats + TreatedRepeats.Sum();

    /// <summary>The number of orders, first purchase included.</summary>
    public int Orders => Repeats + 1;

    /// <summary>The treated year the last purchase fell in, or −1 when it was before any plan.</summary>
    public int LastRegime
    {
        get
        {
            for (int j = TreatedRepeats.Length - 1; j >= 0; j--)
            {
                if (TreatedRepeats[j] > 0) return j;
            }

            return -1;
        }
    }

    /// <summary>
    /// Customer i's observable history: purchase days and amounts, complaint days, the executed plans. Recorded days
    /// are whole days (the generator truncates), so an event is placed at the middle of its day.
    /// </summary>
    public static ObservedHistory Of(SimulatedCompany company, int i, SimulatedWorld world)
    {
        int start = SimulatedCompanyGenerator.Start.DayNumber;
        var years = company.TreatedYears;
        var purchases = company.Purchases[i];
        double Week(int day) => (day - start + 0.5) / 7;
        double first = Week(purchases[0].Day), last = Week(purchases[^1].Day);
        int untreated = -1;
        double untreatedSpend = 0;
        var repeats = new int[years.Count];
        var spend = new double[years.Count];
        foreach (var (day, amount) in purchases)
        {
            double week = (day - start) / 7.0;
            int regime = -1;
            for (int j = 0; j < years.Count; j++)
            {
                if (week >= years[j].StartWeek - 1e-9) regime = j;
            }

            if (regime < 0)
            {
                untreated++;
                untreatedSpend += amount;
            }
            else
            {
                repeats[regime]++;
                spend[regime] += amount;
            }
        }

        int lastDay = purchases[^1].Day;
        var complaints = company.Complaints[i];
        double end = years.Count == 0 ? world.ObservedWeeks : years[^1].EndWeek;
        return new ObservedHistory(
            first, last, untreated, untreatedSpend, repeats, spend, [.. years.Select(y => y.Option[i])],
            complaints.Count, complaints.Count > 0 && complaints[^1] > lastDay,
            ActiveWeeks(first, end, world, years), ActiveWeeks(first, last, world, years));
    }

    /// <summary>
    /// Weeks of [from, to) during which the customer process ran: the initial history [0, observed weeks) and each
    /// treated year [start, start + horizon) — the process pauses between a year's horizon and the next recorded day.
    /// </summary>
    internal static double ActiveWeeks(double from, double to, SimulatedWorld world, IReadOnlyList<TreatedYear> years)
    {
        double total = Overlap(from, to, 0, world.ObservedWeeks);
        foreach (var year in years) total += Overlap(from, to, year.StartWeek, year.EndWeek);
        return total;
    }

    private static double Overlap(double a, double b, double c, double d) => Math.Max(0, Math.Min(b, d) - Math.Max(a, c));
}
