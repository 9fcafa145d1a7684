using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// One customer's drawn profile and purchase history (the BG/NBD story, Fader, Hardie &amp; Lee 2005 §2):
/// acquired uniformly over the window up to 30 days before its end, first purchase within 25 days of acquisition,
/// then purchases at rate λ per week; after each repeat purchase the customer drops out with probability p.
/// Size class, region and channel are independent of λ and p, so the population stays exactly BG/NBD; size
/// drives spend (see <see cref="DemoCatalog.SizeMeanSpend"/>), service and care.
/// </summary>
internal sealed class DemoCustomerLife
{
    private const int Stream = 0;

    private static readonly string[] NamePrefixes = ["Huaxin", "Zhongtian", "Hengda", "Jinhui", "Longsheng", "Dongfang", "Xinyuan", "Tianrun", "Baoli", "Hongtai", "Ruifeng", "Kaiyuan"];

    private DemoCustomerLife(int index, string id) => (Index, Id) = (index, id);

    public int Index { get; }

    public string Id { get; }

    public SizeClass Size { get; private set; }

    public int Industry { get; private set; }

    /// <summary>Chinese region index, or −1 abroad.</summary>
    public int ChinaRegion { get; private set; }

    public int Abroad { get; private set; } = -1;

    public int Channel { get; private set; }

    public int Dealer { get; private set; } = -1;

    public int AccountManager { get; private set; } = -1;

    public int AcquiredDay { get; private set; }

    public double Lambda { get; private set; }

    public double P { get; private set; }

    public double MeanSpend { get; private set; }

    /// <summary>A standard-normal-like disposition towards the company; lower for customers prone to drop out.</summary>
    public double Attitude { get; private set; }

    public double CareResponsiveness { get; private set; }

    public double VisitResponsiveness { get; private set; }

    /// <summary>Purchase days (day numbers), ascending; the first is the trial purchase.</summary>
    public List<int> PurchaseDays { get; } = [];

    /// <summary>The day of the purchase after which the customer dropped out, or null if still alive at the end.</summary>
    public int? ChurnDay { get; private set; }

    public string Region => ChinaRegion >= 0 ? DemoCatalog.ChinaRegions[ChinaRegion] : DemoCatalog.Abroad[Abroad].Region;

    public string Country => ChinaRegion >= 0 ? DemoCatalog.ChinaCountry : DemoCatalog.Abroad[Abroad].Country;

    public static DemoCustomerLife Draw(int index, DemoContext context)
    {
        var o = context.Options;
        var random = new SimulationRandom(o.Seed, index, Stream);
        var life = new DemoCustomerLife(index, context.CustomerId(index));
        life.Size = (SizeClass)random.Pick(DemoCatalog.SizeWeights);
        life.Industry = random.Pick(DemoCatalog.IndustryWeights);
        if (random.Chance(DemoCatalog.AbroadShare))
        {
            life.ChinaRegion = -1;
            life.Abroad = random.Next(DemoCatalog.Abroad.Length);
        }
        else
        {
            life.ChinaRegion = random.Pick(DemoCatalog.ChinaRegionWeights);
        }

        life.Channel = random.Pick(DemoCatalog.ChannelWeights[(int)life.Size]);
        if (life.Channel == DemoContext.DealerChannel)
        {
            // Dealers sell only in China, in their own region; elsewhere the sale is direct.
            var local = life.ChinaRegion >= 0 ? context.Workforce.DealersByRegion[life.ChinaRegion] : [];
            if (local.Length == 0) life.Channel = DemoContext.DirectChannel;
            else life.Dealer = local[random.Next(local.Length)];
        }

        var w = context.Workforce;
        if (life.Size == SizeClass.Large) life.AccountManager = w.SeniorAccountManagers[random.Next(w.SeniorAccountManagers.Length)];
        else if (life.Size == SizeClass.Medium && random.Chance(0.5)) life.AccountManager = random.Next(w.AccountManagerIds.Length);

        life.AcquiredDay = context.StartDay + random.Next(context.EndDay - 30 - context.StartDay + 1);
        life.Lambda = random.Gamma(o.R, 1.0 / o.Alpha);
        life.P = random.Beta(o.A, o.B);
        double meanSpend = DemoCatalog.SizeMeanSpend[(int)life.Size];
        life.MeanSpend = random.Gamma(3.0, meanSpend / 3.0);
        life.Attitude = 0.8 * random.Normal() - 0.7 * (life.P - context.MeanP) / context.SdP;
        life.CareResponsiveness = random.Beta(2, 8);
        life.VisitResponsiveness = random.Beta(2, 18);

        int first = life.AcquiredDay + Math.Min(25, (int)random.Exponential(1.0 / 7.0));
        double weeks = 0;
        int day = first;
        while (true)
        {
            life.PurchaseDays.Add(day);
            // BG/NBD: drop-out happens only after repeat purchases, never right after the trial.
            if (life.PurchaseDays.Count > 1 && random.Chance(life.P))
            {
                life.ChurnDay = day;
                break;
            }

            weeks += random.Exponential(life.Lambda);
            if (!double.IsFinite(weeks) || first + weeks * 7.0 >= context.EndDay + 1) break;
            day = first + (int)(weeks * 7.0);
        }

        return life;
    }

    public Customer ToCustomer(DemoContext context)
    {
        var w = context.Workforce;
        string name = $"{NamePrefixes[Index % NamePrefixes.Length]} {DemoCatalog.Industries[Industry]} {Id}";
        return new Customer(
            Id,
            name,
            DemoCatalog.Industries[Industry],
            Size,
            Region,
            Country,
            DemoCatalog.Channels[Channel],
            Dealer >= 0 ? w.Dealers[Dealer].Id : null,
            AccountManager >= 0 ? w.AccountManagerIds[AccountManager] : null,
            DateOnly.FromDayNumber(AcquiredDay),
            ChinaRegion >= 0 ? DemoCatalog.RegionAttributes[ChinaRegion] : null);
    }

    /// <summary>True expected gross margin over the next 52 weeks: m·s·E[X(52) | alive, λ, p] = m·s·(1 − e^(−λp·52)) / p.</summary>
    public double ExpectedMarginNextYear()
    {
        if (ChurnDay is not null) return 0;
        double expected = Lambda * P > 1e-12 ? (1.0 - Math.Exp(-Lambda * P * 52.0)) / P : Lambda * 52.0;
        return DemoCatalog.MixMargin(Size) * MeanSpend * expected;
    }

    public TrueCustomerBehaviour ToTruth(TrueValueTier tier) => new(
        Id, Lambda, P, MeanSpend, DemoCatalog.MixMargin(Size), ChurnDay is { } c ? DateOnly.FromDayNumber(c) : null,
        CareResponsiveness, VisitResponsiveness, ExpectedMarginNextYear(), tier);
}
