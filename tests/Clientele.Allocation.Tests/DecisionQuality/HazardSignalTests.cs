using Clientele.Allocation.DecisionQuality;

namespace Clientele.Allocation.Tests.DecisionQuality;

public class HazardSignalTests
{
    private static readonly DateOnly End = new(2026, 12, 31);

    /// <summary>
    /// 120 customers active in the half year before the cut (one year before the plan): 60 complained in the year
    /// in the half year up to their last purchase before the cut, 30 of them then went silent; of the 60 others 12 went silent.
    /// </summary>
    private static SimulatedCompany Company()
    {
        int endDay = End.DayNumber + 1, cut = endDay - 365;
        int n = 120;
        var purchases = new List<(int Day, double Amount)>[n];
        var complaints = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            bool complainer = i < 60;
            bool silent = complainer ? i < 30 : i < 72;
            purchases[i] = [(cut - 400, 50), (cut - 100, 50)];
            if (!silent) purchases[i].Add((cut + 100, 50));
            complaints[i] = complainer ? [cut - 150] : [cut - 300]; // the others' complaint is outside the half year up to the last purchase
            // Now (the year before the plan): the active ones complain, half of them after their last purchase, which does not count.
            if (!silent) complaints[i].Add(i % 2 == 0 ? cut + 50 : cut + 150);
        }

        return new SimulatedCompany
        {
            Seed = 1,
            NextYearStream = 2,
            Options = CareCatalogue.Default,
            ObservationEnd = End,
            Purchases = purchases,
            Complaints = complaints,
            Summaries = null!,
            LastYearRevenue = new double[n],
            Alive = new bool[n],
            Lambda = new double[n],
            P = new double[n],
            MeanSpend = new double[n],
            TrueRetention = [],
            TrueSpendLift = [],
            PopulationEffects = [],
            ResponseHeterogeneity = 0,
        };
    }

    [Fact]
    public void Measure_HandBuiltHistory_GivesTheSilentShareHazardRatio()
    {
        // HR = ln(1 − 30/60) / ln(1 − 12/60) = 3.1062837195053903; f = 0.5, ν = 0.5 · HR + 0.5.
        var measured = HazardSignal.Measure(Company())!;
        Assert.Equal(3.1062837195053903, measured.HazardRatio, 1e-12);
        Assert.Equal(0.5, measured.ComplainerShare, 1e-12);
        Assert.Equal(1.5129415947320604, measured.Multiplier[0], 1e-12);  // silent since, but complained in the half year up to its last purchase: HR/ν
        Assert.Equal(1.5129415947320604, measured.Multiplier[30], 1e-12); // complained in the half year up to its last purchase: HR/ν
        Assert.Equal(0.4870584052679399, measured.Multiplier[31], 1e-12); // complained after its last purchase: not counted
        Assert.Equal(1.5129415947320604, measured.Multiplier[100], 1e-12);
        Assert.Equal(0.4870584052679399, measured.Multiplier[60], 1e-12);
    }

    [Fact]
    public void Measure_ComplaintsUnrelatedToRisk_RatioNearOne()
    {
        var options = new DecisionQualityOptions(5_000, 3, World: new SimulatedWorld(ComplaintBaseRate: 0.2, ComplaintRiskRate: 0));
        var company = SimulatedCompanyGenerator.Generate(options, 3, CareCatalogue.Default);
        var measured = HazardSignal.Measure(company)!;
        Assert.InRange(measured.HazardRatio, 0.75, 1.33);
    }

    [Fact]
    public void Measure_ComplaintsTrackRisk_RatioAboveOne()
    {
        var options = new DecisionQualityOptions(5_000, 3, World: new SimulatedWorld(ComplaintBaseRate: 0.05, ComplaintRiskRate: 0.6));
        var company = SimulatedCompanyGenerator.Generate(options, 3, CareCatalogue.Default);
        Assert.True(HazardSignal.Measure(company)!.HazardRatio > 1.15);
    }

    [Fact]
    public void Measure_NoComplaints_NoRatio()
    {
        var options = new DecisionQualityOptions(1_000, 3, World: new SimulatedWorld(ComplaintBaseRate: 0, ComplaintRiskRate: 0));
        Assert.Null(HazardSignal.Measure(SimulatedCompanyGenerator.Generate(options, 3, CareCatalogue.Default)));
    }
}
