using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// The charging rule: how every investment dated in a period is charged to customers, for cost-to-serve, ROI per
/// tier / segment / dealer and the benefit of each investment.
/// <list type="number">
/// <item>Target a customer: charged to that customer.</item>
/// <item>Target a segment (an RFM segment name, else a size class, industry or region with that name), a tier,
/// a dealer (the customers it serves) or a campaign (the customers with a campaign touch in the period): split
/// equally over those customers; an acquisition-stage cost only over those of them acquired in the period.</item>
/// <item>Overhead, or a target no customer matches: an acquisition-stage cost is split equally over the customers
/// acquired in the period; any other cost over the customers with positive revenue in the period, in proportion
/// to their revenue.</item>
/// <item>A cost nobody can carry (no new customers, no revenue) stays unattributed.</item>
/// </list>
/// The benefit of an investment is the gross margin of the customers it is charged to, each customer's margin
/// shared among the investments charged to it in proportion to their charges, so benefits add up to the margin of
/// the charged customers and nothing is counted twice.
/// </summary>
public sealed class CostCharges
{
    private readonly double[] total, targeted;
    private readonly double[][] byCategory, byStage;
    private readonly double[] benefit;

    private CostCharges(MetricPeriod period, IReadOnlyList<Investment> investments, double[] total, double[] targeted, double[][] byCategory, double[][] byStage, double unattributed, double[] benefit)
    {
        Period = period;
        Investments = investments;
        this.total = total;
        this.targeted = targeted;
        this.byCategory = byCategory;
        this.byStage = byStage;
        Unattributed = unattributed;
        this.benefit = benefit;
    }

    /// <summary>The period.</summary>
    public MetricPeriod Period { get; }

    /// <summary>The investments dated in the period, in ledger order.</summary>
    public IReadOnlyList<Investment> Investments { get; }

    /// <summary>Cost charged to each customer (its cost-to-serve).</summary>
    public ReadOnlySpan<double> Total => total;

    /// <summary>Cost charged to each customer through its own target (customer, segment, tier, dealer, campaign), not as overhead.</summary>
    public ReadOnlySpan<double> Targeted => targeted;

    /// <summary>Cost nobody could carry.</summary>
    public double Unattributed { get; }

    /// <summary>Cost of <paramref name="category"/> charged to each customer.</summary>
    public ReadOnlySpan<double> ByCategory(CostCategory category) => byCategory[(int)category];

    /// <summary>Cost of <paramref name="stage"/> charged to each customer.</summary>
    public ReadOnlySpan<double> ByStage(LifecycleStage stage) => byStage[(int)stage];

    /// <summary>The benefit (attributed gross margin) of each of <see cref="Investments"/>; NaN when margins are unknown.</summary>
    public ReadOnlySpan<double> Benefit => benefit;

    /// <summary>Charges the investments of <paramref name="activity"/>'s period (see the class remarks).</summary>
    public static CostCharges Compute(MetricsData data, CustomerActivity activity)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(activity);
        var period = activity.Period;
        var customers = data.Customers;
        int n = customers.Count;
        var investments = data.Investments.Where(i => period.Contains(i.Date.DayNumber)).ToList();

        var newCustomers = Enumerable.Range(0, n).Where(c => customers.AcquiredDay[c] != MetricsCustomers.NoDay && period.Contains(customers.AcquiredDay[c])).ToArray();
        var earning = Enumerable.Range(0, n).Where(c => activity.Revenue[c] > 0).ToArray();
        double earned = earning.Sum(c => activity.Revenue[c]);
        var isNew = new bool[n];
        foreach (int c in newCustomers) isNew[c] = true;
        var touched = new bool[n];
        for (int i = 0; i < data.Contacts.Count; i++)
        {
            if (data.Contacts.CampaignTouches[i] > 0 && period.Contains(data.Contacts.Day[i])) touched[data.Contacts.Customer[i]] = true;
        }

        var index = customers.IndexById();
        var pools = new List<(int[] Members, double[] Weights, bool Targeted)>();
        var poolOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int Pool(string key, Func<(int[], double[], bool)> build)
        {
            if (!poolOf.TryGetValue(key, out int p))
            {
                poolOf[key] = p = pools.Count;
                pools.Add(build());
            }

            return p;
        }

        (int[], double[], bool) Equal(int[] members, bool isTargeted) => (members, Enumerable.Repeat(1.0 / members.Length, members.Length).ToArray(), isTargeted);
        int acquisitionPool = Pool("\0acquisition", () => Equal(newCustomers, false));
        int overheadPool = Pool("\0overhead", () => (earning, earning.Select(c => activity.Revenue[c] / earned).ToArray(), false));

        // Customers per label of a dimension, built once per dimension: a ledger books to hundreds of dealers.
        var byLabel = new Dictionary<Dimension, List<int>[]>();
        int[] WithLabel(Dimension d, string label)
        {
            var column = customers.Column(d);
            int code = column.Find(label);
            if (code < 0) return [];
            if (!byLabel.TryGetValue(d, out var lists))
            {
                lists = Enumerable.Range(0, column.Labels.Length).Select(_ => new List<int>()).ToArray();
                for (int c = 0; c < n; c++) lists[column.Codes[c]].Add(c);
                byLabel[d] = lists;
            }

            return [.. lists[code]];
        }

        int[] Members(Investment x)
        {
            string id = x.TargetId ?? "";
            switch (x.TargetKind)
            {
                case InvestmentTargetKind.Customer:
                    return index.TryGetValue(id, out int c) ? [c] : [];
                case InvestmentTargetKind.Segment:
                    foreach (var d in new[] { Dimension.Segment, Dimension.Size, Dimension.Industry, Dimension.Region })
                    {
                        if (customers.Column(d).Find(id) >= 0) return WithLabel(d, id);
                    }

                    return [];
                case InvestmentTargetKind.Tier:
                    return WithLabel(Dimension.Tier, id);
                case InvestmentTargetKind.Dealer:
                    return WithLabel(Dimension.Dealer, id);
                case InvestmentTargetKind.Campaign:
                    return Enumerable.Range(0, n).Where(c => touched[c]).ToArray();
                default:
                    return [];
            }
        }

        var poolOfInvestment = new int[investments.Count];
        for (int j = 0; j < investments.Count; j++)
        {
            var x = investments[j];
            bool acquisition = x.Stage == LifecycleStage.Acquisition;
            int fallback = acquisition ? acquisitionPool : overheadPool;
            if (x.TargetKind == InvestmentTargetKind.Overhead)
            {
                poolOfInvestment[j] = fallback;
                continue;
            }

            // Campaign members depend on the target kind only, not its id: the store records touches, not campaign membership.
            string key = $"{x.TargetKind}\0{(x.TargetKind == InvestmentTargetKind.Campaign ? "" : x.TargetId)}\0{acquisition}";
            int pool = Pool(key, () =>
            {
                var members = Members(x);
                if (acquisition && x.TargetKind != InvestmentTargetKind.Customer) members = members.Where(c => isNew[c]).ToArray();
                return members.Length == 0 ? ([], [], false) : Equal(members, true);
            });
            poolOfInvestment[j] = pools[pool].Members.Length == 0 ? fallback : pool;
        }

        var total = new double[n];
        var targeted = new double[n];
        var byCategory = Enum.GetValues<CostCategory>().Select(_ => new double[n]).ToArray();
        var byStage = Enum.GetValues<LifecycleStage>().Select(_ => new double[n]).ToArray();
        double unattributed = 0;

        // Pool the amounts per (pool, category, stage) first: the same overhead is booked every month, and
        // spreading each entry over 100,000 customers separately would cost a pass per entry.
        var amounts = new Dictionary<(int Pool, CostCategory Category, LifecycleStage Stage), double>();
        for (int j = 0; j < investments.Count; j++)
        {
            var key = (poolOfInvestment[j], investments[j].Category, investments[j].Stage);
            amounts[key] = amounts.GetValueOrDefault(key) + (double)investments[j].Amount;
        }

        foreach (var ((p, category, stage), amount) in amounts)
        {
            var (members, weights, isTargeted) = pools[p];
            if (members.Length == 0)
            {
                unattributed += amount;
                continue;
            }

            var cat = byCategory[(int)category];
            var st = byStage[(int)stage];
            for (int m = 0; m < members.Length; m++)
            {
                double charge = amount * weights[m];
                int c = members[m];
                total[c] += charge;
                cat[c] += charge;
                st[c] += charge;
                if (isTargeted) targeted[c] += charge;
            }
        }

        // Each customer's margin goes to the investments charged to it in proportion to their charges: the benefit
        // of one unit of pool p is Σ_c weight_c · margin_c / total_c.
        var perUnit = new double[pools.Count];
        for (int p = 0; p < pools.Count; p++)
        {
            var (members, weights, _) = pools[p];
            double sum = 0;
            for (int m = 0; m < members.Length; m++)
            {
                int c = members[m];
                if (total[c] > 0) sum += weights[m] * activity.Margin[c] / total[c];
            }

            perUnit[p] = sum;
        }

        var benefit = new double[investments.Count];
        for (int j = 0; j < investments.Count; j++)
        {
            benefit[j] = pools[poolOfInvestment[j]].Members.Length == 0 ? 0 : (double)investments[j].Amount * perUnit[poolOfInvestment[j]];
        }

        return new CostCharges(period, investments, total, targeted, byCategory, byStage, unattributed, benefit);
    }
}
