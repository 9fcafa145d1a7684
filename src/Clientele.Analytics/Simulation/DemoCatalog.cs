using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// The fixed reference data of the demo company, an industrial supplier selling mostly in China. Regions use
/// English names with the usual Chinese grouping kept in the customer attribute <c>region_zh</c> (华东, 华南, …);
/// customers abroad get a world region. Weights are shares of customers, roughly following regional GDP.
/// </summary>
internal static class DemoCatalog
{
    public const string ChinaCountry = "China";

    public static readonly string[] Industries =
        ["Manufacturing", "Retail", "Healthcare", "Construction", "Logistics", "Energy", "Education", "Food & Beverage", "IT Services", "Automotive"];

    public static readonly double[] IndustryWeights = [22, 14, 9, 10, 9, 6, 5, 10, 8, 7];

    public static readonly string[] ChinaRegions =
        ["East China", "South China", "North China", "Central China", "Southwest China", "Northeast China", "Northwest China"];

    public static readonly string[] ChinaRegionsZh = ["华东", "华南", "华北", "华中", "西南", "东北", "西北"];

    public static readonly double[] ChinaRegionWeights = [30, 22, 18, 10, 10, 5, 5];

    /// <summary>Customers outside China (about 12%): country and the world region used as their region.</summary>
    public static readonly (string Country, string Region)[] Abroad =
    [
        ("Singapore", "Asia Pacific"), ("Japan", "Asia Pacific"), ("Vietnam", "Asia Pacific"),
        ("Germany", "Europe"), ("United Kingdom", "Europe"), ("United States", "Americas"),
    ];

    public const double AbroadShare = 0.12;

    public static readonly string[] Channels = ["direct", "dealer", "online", "referral"];

    /// <summary>Acquisition-channel weights by size class (rows Large, Medium, Small): big accounts are won directly.</summary>
    public static readonly double[][] ChannelWeights = [[70, 15, 2, 13], [40, 35, 10, 15], [15, 40, 30, 15]];

    /// <summary>Share of customers per size class (Large, Medium, Small).</summary>
    public static readonly double[] SizeWeights = [5, 20, 75];

    /// <summary>
    /// Mean order value per size class in CNY: the spread is what makes the 20/80 rule emerge together
    /// with the heterogeneity of purchase rates.
    /// </summary>
    public static readonly double[] SizeMeanSpend = [20_000, 5_000, 1_300];

    /// <summary>Expected extra lines per order (Poisson) by size class: big customers place bigger baskets.</summary>
    public static readonly double[] SizeExtraLines = [1.5, 0.8, 0.3];

    public static readonly string[] Categories = ["Equipment", "Spare Parts", "Consumables", "Software", "Services"];

    /// <summary>Gross-margin rate per category: hardware thin, software and services rich.</summary>
    public static readonly double[] CategoryMargin = [0.22, 0.45, 0.35, 0.75, 0.55];

    public static readonly double[] CategoryListPrice = [18_000, 450, 120, 6_000, 2_500];

    /// <summary>Category mix by size class (rows Large, Medium, Small).</summary>
    public static readonly double[][] CategoryWeights = [[35, 20, 15, 15, 15], [25, 25, 25, 10, 15], [10, 30, 45, 5, 10]];

    public const int ProductsPerCategory = 12;

    private static readonly string[] CategoryCodes = ["EQ", "SP", "CN", "SW", "SV"];

    /// <summary>Product codes, [category][k], interned once so a million lines share a handful of strings.</summary>
    public static readonly string[][] Products =
        CategoryCodes.Select(code => Enumerable.Range(1, ProductsPerCategory).Select(k => $"{code}-{100 + k}").ToArray()).ToArray();

    /// <summary>List price of product k of category c: 0.5× to 1.6× the category's price.</summary>
    public static double ListPrice(int category, int k) => CategoryListPrice[category] * (0.5 + 0.1 * (k * 7 % 12));

    /// <summary>Expected margin rate of a size class's product mix.</summary>
    public static double MixMargin(SizeClass size)
    {
        var w = CategoryWeights[(int)size];
        double total = 0, margin = 0;
        for (int c = 0; c < w.Length; c++)
        {
            total += w[c];
            margin += w[c] * CategoryMargin[c];
        }

        return margin / total;
    }

    /// <summary>Lead-to-customer conversion by channel: lost leads per won one are (1 − c) / c.</summary>
    public static readonly double[] ChannelConversion = [0.30, 0.35, 0.15, 0.50];

    /// <summary>Mean sales cycle in days by channel (direct, dealer, online, referral), before the size factor.</summary>
    public static readonly double[] ChannelCycleDays = [60, 35, 6, 25];

    /// <summary>Spring Festival (春节) dates, for holiday gifts and greetings; outside the table, Feb 1.</summary>
    public static DateOnly SpringFestival(int year) => year switch
    {
        2022 => new(2022, 2, 1), 2023 => new(2023, 1, 22), 2024 => new(2024, 2, 10), 2025 => new(2025, 1, 29),
        2026 => new(2026, 2, 17), 2027 => new(2027, 2, 6), 2028 => new(2028, 1, 26), _ => new(year, 2, 1),
    };

    /// <summary>Mid-Autumn Festival (中秋) dates; outside the table, Sep 20.</summary>
    public static DateOnly MidAutumn(int year) => year switch
    {
        2022 => new(2022, 9, 10), 2023 => new(2023, 9, 29), 2024 => new(2024, 9, 17), 2025 => new(2025, 10, 6),
        2026 => new(2026, 9, 25), 2027 => new(2027, 9, 15), 2028 => new(2028, 10, 3), _ => new(year, 9, 20),
    };

    /// <summary>Shared attribute dictionaries per Chinese region (read-only, one instance each).</summary>
    public static readonly IReadOnlyDictionary<string, string>[] RegionAttributes =
        ChinaRegionsZh.Select(zh => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["region_zh"] = zh }.AsReadOnly()).ToArray();

    public static readonly string[] SurveyDimensions = ["product_quality", "delivery", "after_sales", "support"];
}
