using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// Dealers and staff of the demo company, each drawn from its own seeded stream. Assumptions: dealers work
/// only in China, one per region first, the rest spread by regional weight; tier A dealers are the few big ones
/// (20%) with most outlets; a region's market size is about ten times the company's expected sales there, so
/// market shares come out near 10%. Account managers carry 120–150 customer hours a month, skill 1–5.
/// </summary>
internal sealed class DemoWorkforce
{
    private static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"];
    private static readonly string[] GivenNames = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Yan", "Jie", "Tao", "Ming", "Hui", "Xin", "Yu"];

    /// <summary>Expected yearly revenue per customer in CNY, measured on the default population; scales targets and market sizes.</summary>
    public const double RevenuePerCustomerYear = 12_000;

    private const int DealerStream = 100, StaffStream = 101;

    public DemoWorkforce(DemoCompanyOptions options)
    {
        int n = options.DealerCount;
        var dealers = new Dealer[n];
        var regionOfDealer = new int[n];
        var byRegion = Enumerable.Range(0, DemoCatalog.ChinaRegions.Length).Select(_ => new List<int>()).ToArray();
        double dealerRevenue = options.Customers * RevenuePerCustomerYear * 0.3 / n;
        for (int j = 0; j < n; j++)
        {
            var random = new SimulationRandom(options.Seed, j, DealerStream);
            int region = j < DemoCatalog.ChinaRegions.Length && n >= DemoCatalog.ChinaRegions.Length ? j : random.Pick(DemoCatalog.ChinaRegionWeights);
            regionOfDealer[j] = region;
            byRegion[region].Add(j);
            int tier = random.Pick([20, 40, 40]);
            int outlets = tier switch { 0 => 15 + random.Next(16), 1 => 6 + random.Next(10), _ => 1 + random.Next(6) };
            double coverage = tier switch { 0 => random.Uniform(0.6, 0.9), 1 => random.Uniform(0.35, 0.65), _ => random.Uniform(0.15, 0.4) };
            double target = dealerRevenue * (tier switch { 0 => 2.5, 1 => 1.0, _ => 0.45 }) * random.Uniform(0.9, 1.25);
            double market = DemoCatalog.ChinaRegionWeights[region] / 100.0 * options.Customers * RevenuePerCustomerYear * 10;
            dealers[j] = new Dealer(
                DealerId(j),
                $"{DemoCatalog.ChinaRegions[region].Replace(" China", "", StringComparison.Ordinal)} {Surnames[random.Next(Surnames.Length)]} Trading {j + 1}",
                DemoCatalog.ChinaRegions[region],
                ((char)('A' + tier)).ToString(),
                outlets,
                Math.Round((decimal)coverage, 2),
                Math.Round((decimal)target / 1000m) * 1000m,
                Math.Round((decimal)market / 10000m) * 10000m);
        }

        Dealers = dealers;
        DealerRegion = regionOfDealer;
        DealersByRegion = byRegion.Select(l => l.ToArray()).ToArray();

        var staff = new List<StaffMember>();
        var amSkill = new int[options.AccountManagerCount];
        AccountManagerIds = Roster(options, "AM", "Account manager", options.AccountManagerCount, 0, staff, amSkill, 120, 150);
        ServiceStaffIds = Roster(options, "CS", "Customer service", options.ServiceStaffCount, 1_000, staff, null, 140, 160);
        SalesStaffIds = Roster(options, "SR", "Sales", options.SalesStaffCount, 2_000, staff, null, 100, 130);
        Staff = staff;
        AccountManagerSkill = amSkill;
        int[] bySkill = Enumerable.Range(0, amSkill.Length).OrderByDescending(i => amSkill[i]).ThenBy(i => i).ToArray();
        SeniorAccountManagers = bySkill.Take(Math.Max(1, (bySkill.Length + 1) / 2)).ToArray();
    }

    public IReadOnlyList<Dealer> Dealers { get; }

    public int[] DealerRegion { get; }

    /// <summary>Dealer indices per Chinese region (may be empty when there are fewer dealers than regions).</summary>
    public int[][] DealersByRegion { get; }

    public IReadOnlyList<StaffMember> Staff { get; }

    public string[] AccountManagerIds { get; }

    public int[] AccountManagerSkill { get; }

    /// <summary>The better half of the account managers by skill: large accounts go to them.</summary>
    public int[] SeniorAccountManagers { get; }

    public string[] ServiceStaffIds { get; }

    public string[] SalesStaffIds { get; }

    public static string DealerId(int j) => $"D{j + 1:D3}";

    private static string[] Roster(
        DemoCompanyOptions options, string prefix, string role, int count, int streamOffset, List<StaffMember> into, int[]? skills, double minHours, double maxHours)
    {
        var ids = new string[count];
        for (int i = 0; i < count; i++)
        {
            var random = new SimulationRandom(options.Seed, streamOffset + i, StaffStream);
            int skill = 1 + random.Pick([10, 25, 35, 20, 10]);
            if (skills is not null) skills[i] = skill;
            ids[i] = $"{prefix}{i + 1:D3}";
            var name = $"{Surnames[random.Next(Surnames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
            into.Add(new StaffMember(ids[i], name, role, Math.Round((decimal)random.Uniform(minHours, maxHours)), skill));
        }

        return ids;
    }
}
