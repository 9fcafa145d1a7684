namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The complaint trace of drop-out risk, measured in the history the firm has (docs/decision-quality.md): how much
/// more often customers who complained go silent, and the hazard multiplier that puts on each customer now.
/// </summary>
/// <remarks>
/// <para>Measurement (a time split, nothing assumed): at the cut one year before the plan, take the customers active
/// then (a purchase in the 26 weeks before the cut) and split them by whether they complained in the year before the
/// cut. The share of each group that went silent (no purchase in the year after the cut) gives a yearly hazard
/// h = −ln(1 − silent share); the hazard ratio is HR = h_complained / h_other. Silence also catches alive customers
/// who merely did not buy, which pulls HR toward 1: the estimate errs on the cautious side.</para>
/// <para>Use: a customer who complained in the last year has hazard multiplier HR/ν, any other 1/ν, with
/// ν = f · HR + (1 − f) and f the complainers' share of the active customers at the cut, so that the population's
/// mean hazard — which the pooled BG/NBD already fits — is unchanged
/// (<see cref="OptionValuation.WithHazardMultiplier"/>). No ratio (fewer than <see cref="MinGroup"/> customers in a
/// group, or a silent share of 0 or 1) means no adjustment.</para>
/// </remarks>
internal static class HazardSignal
{
    /// <summary>The smallest group the silent share is measured on.</summary>
    public const int MinGroup = 30;

    private const int Year = 365, ActiveWindow = 182;

    public sealed record Measured(double HazardRatio, double ComplainerShare, double[] Multiplier);

    public static Measured? Measure(SimulatedCompany company)
    {
        int end = company.ObservationEnd.DayNumber + 1, cut = end - Year;
        int n = company.Count;
        int complainers = 0, others = 0, silentComplainers = 0, silentOthers = 0;
        for (int i = 0; i < n; i++)
        {
            if (!Any(company.Purchases[i], cut - ActiveWindow, cut)) continue;
            bool complained = AnyDay(company.Complaints[i], cut - Year, cut);
            bool silent = !Any(company.Purchases[i], cut, end);
            if (complained)
            {
                complainers++;
                if (silent) silentComplainers++;
            }
            else
            {
                others++;
                if (silent) silentOthers++;
            }
        }

        if (complainers < MinGroup || others < MinGroup) return null;
        double sc = silentComplainers / (double)complainers, so = silentOthers / (double)others;
        if (sc is <= 0 or >= 1 || so is <= 0 or >= 1) return null;
        double ratio = Math.Log(1 - sc) / Math.Log(1 - so);
        double share = complainers / (double)(complainers + others);
        double nu = share * ratio + (1 - share);
        var multiplier = new double[n];
        for (int i = 0; i < n; i++) multiplier[i] = (AnyDay(company.Complaints[i], end - Year, end) ? ratio : 1) / nu;
        return new Measured(ratio, share, multiplier);
    }

    private static bool Any(List<(int Day, double Amount)> purchases, int from, int to)
    {
        foreach (var (day, _) in purchases)
        {
            if (day >= from && day < to) return true;
        }

        return false;
    }

    private static bool AnyDay(List<int> days, int from, int to)
    {
        foreach (int day in days)
        {
            if (day >= from && day < to) return true;
        }

        return false;
    }
}
