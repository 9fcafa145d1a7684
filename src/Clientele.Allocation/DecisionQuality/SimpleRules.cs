namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The plans a manager without a model would make with the same budget and staff hours (stated in
/// docs/decision-quality.md). Each returns the option index per customer and never exceeds either resource.
/// </summary>
internal static class SimpleRules
{
    /// <summary>The care programme: the top 5% of the ranking get a trip, the next 15% visits, the next 30% a gift, the rest a greeting.</summary>
    private static readonly double[] LadderShares = [0.05, 0.20, 0.50, 1.0];

    /// <summary>
    /// Even: everyone gets the richest programme option that the budget and hours afford for all; what is left
    /// upgrades customers, in a seeded random order, one step up the ladder while it lasts.
    /// </summary>
    public static int[] Even(IReadOnlyList<CareOption> menu, int customers, double budget, double hours, int seed)
    {
        var ladder = LadderAscending(menu);
        int baseStep = -1;
        for (int s = 0; s < ladder.Length; s++)
        {
            if (customers * menu[ladder[s]].Cost <= budget && customers * menu[ladder[s]].Hours <= hours) baseStep = s;
        }

        int baseOption = baseStep < 0 ? 0 : ladder[baseStep];
        var choice = Enumerable.Repeat(baseOption, customers).ToArray();
        if (baseStep + 1 >= ladder.Length) return choice;

        int upgrade = ladder[baseStep + 1];
        double extraCost = menu[upgrade].Cost - menu[baseOption].Cost, extraHours = menu[upgrade].Hours - menu[baseOption].Hours;
        double leftCost = budget - customers * menu[baseOption].Cost, leftHours = hours - customers * menu[baseOption].Hours;
        var random = new StreamRandom(seed, -1, 5);
        var order = Enumerable.Range(0, customers).ToArray();
        for (int i = customers - 1; i > 0; i--)
        {
            int j = (int)(random.NextDouble() * (i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        foreach (int c in order)
        {
            if (extraCost > leftCost || extraHours > leftHours) break;
            choice[c] = upgrade;
            leftCost -= extraCost;
            leftHours -= extraHours;
        }

        return choice;
    }

    /// <summary>
    /// By rank: the care programme (top 5% trip, next 15% account-manager visits, next 30% gift, rest greeting) over
    /// the best c customers of the ranking (higher score first, ties by customer order), with c the largest that the
    /// budget and hours afford; everyone below gets nothing. The programme shrinks from the bottom as the budget
    /// shrinks, keeping its shape, as a manager trims a tier programme.
    /// </summary>
    public static int[] ByRank(IReadOnlyList<CareOption> menu, ReadOnlySpan<double> score, double budget, double hours)
    {
        int n = score.Length;
        var keys = score.ToArray();
        var order = Enumerable.Range(0, n).ToArray();
        var negated = keys.Select(v => -v).ToArray();
        Array.Sort(negated, order); // introsort is unstable; restore customer order within ties below
        StableTies(negated, order);
        var ladder = CareCatalogue.ProgrammeLadder.Select(id => IndexOf(menu, id)).ToArray();

        int lo = 0, hi = n;
        if (Fits(menu, ladder, n, budget, hours)) lo = n;
        else
        {
            // Largest c with the programme over the top c affordable (cost grows with c up to rounding).
            while (hi - lo > 1)
            {
                int mid = (lo + hi) / 2;
                if (Fits(menu, ladder, mid, budget, hours)) lo = mid;
                else hi = mid;
            }
        }

        var choice = new int[n];
        for (int rank = 0; rank < lo; rank++) choice[order[rank]] = ladder[Level(rank, lo)];
        return choice;
    }

    private static bool Fits(IReadOnlyList<CareOption> menu, int[] ladder, int served, double budget, double hours)
    {
        double cost = 0, time = 0;
        for (int rank = 0; rank < served; rank++)
        {
            var option = menu[ladder[Level(rank, served)]];
            cost += option.Cost;
            time += option.Hours;
        }

        return cost <= budget && time <= hours;
    }

    private static int Level(int rank, int served)
    {
        double position = (rank + 0.5) / served;
        int level = 0;
        while (position > LadderShares[level]) level++;
        return level;
    }

    private static void StableTies(double[] keys, int[] order)
    {
        int start = 0;
        for (int i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[start])
            {
                Array.Sort(order, start, i - start);
                start = i;
            }
        }
    }

    private static int[] LadderAscending(IReadOnlyList<CareOption> menu) =>
        CareCatalogue.ProgrammeLadder.Select(id => IndexOf(menu, id)).OrderBy(j => menu[j].Cost).ToArray();

    private static int IndexOf(IReadOnlyList<CareOption> menu, string id)
    {
        for (int j = 0; j < menu.Count; j++)
        {
            if (menu[j].Id == id) return j;
        }

        throw new ArgumentException($"The menu has no option '{id}'.", nameof(menu));
    }
}
