namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The complaint trace of drop-out risk, measured in the history the firm has (docs/decision-quality.md): how much
/// more often customers who complained go silent, and the hazard multiplier that puts on each customer now.
/// </summary>
/// <remarks>
/// <para>Measurement (a time split, nothing assumed): at the cut one year before the plan, take the customers active
/// then (a purchase in the 26 weeks before the cut, a customer for at least half a year before it) and split them by
/// whether they complained in the half year up to their last purchase before the cut. The window is tied to the last
/// purchase, not to the cut, on purpose: a complaint after the last purchase would prove the customer alive for
/// longer, and a window ending at the cut would give recent buyers more time to complain — with complaints unrelated
/// to risk either makes complainers look safer (a ratio of about 0.66–0.70 instead of 1). The share of each group that went silent (no purchase in the year after the cut) gives a yearly hazard
/// h = −ln(1 − silent share); the hazard ratio is HR = h_complained / h_other. Silence also catches alive customers
/// who merely did not buy, which pulls HR toward 1: the estimate errs on the cautious side.</para>
/// <para>Use: a customer who complained in the half year up to its last purchase (as measured) has hazard multiplier HR/ν, any other 1/ν, with
/// ν = f · HR + (1 − f) and f the complainers' share of the active customers at the cut, so that the population's
/// mean hazard — which the pooled BG/NBD already fits — is unchanged
/// (<see cref="OptionValuation.WithHazardMultiplier"/>). No ratio (fewer than <see cref="MinGroup"/> customers in a
/// group, or a silent share of 0 or 1) means no adjustment.</para>
/// </remarks>
internal static class HazardSignal
{
    /// <summary>The smallest group the silent share is measured on.</summary>
    public const int MinGroup = 30;

    private const int Year = 365, ActiveWindow = 182, Window = 182;

    public sealed record Measured(double HazardRatio, double ComplainerShare, double[] Multiplier);

    public static Measured? Measure(SimulatedCompany company)
    {
        int end = company.ObservationEnd.DayNumber + 1, cut = end - Year;
        int n = company.Count;
        int complainers = 0, others = 0, silentComplainers = 0, silentOthers = 0;
        for (int i = 0; i < n; i++)
        {
            int last = LastPurchase(company.Purchases[i], cut);
            if (last < cut - ActiveWindow || company.Purchases[i][0].Day > last - Window) continue;
            bool complained = Complained(company.Complaints[i], last);
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
        for (int i = 0; i < n; i++) multiplier[i] = (Complained(company.Complaints[i], LastPurchase(company.Purchases[i], end)) ? ratio : 1) / nu;
        return new Measured(ratio, share, multiplier);
    }

    /// <summary>The day of the last purchase before <paramref name="before"/>; int.MinValue when none.</summary>
    private static int LastPurchase(List<(int Day, double Amount)> purchases, int before)
    {
        int last = int.MinValue;
        foreach (var (day, _) in purchases)
        {
            if (day < before && day > last) last = day;
        }

        return last;
    }

    private static bool Any(List<(int Day, double Amount)> purchases, int from, int to)
    {
        foreach (var (day, _) in purchases)
        {
            if (day >= from && day < to) return true;
        }

        return false;
    }

    /// <summary>Whether the customer complained in the half year up to its last purchase <paramref name="last"/>.</summary>
    private static bool Complained(List<int> days, int last)
    {
        foreach (int day in days)
        {
            if (day > last - Window && day <= last) return true;
        }

        return false;
    }
}
