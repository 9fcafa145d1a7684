using Clientele.Analytics.Simulation;
using Clientele.Domain.Entities;

namespace Clientele.Analytics.Tests.Simulation;

public sealed class DemoCompanyGeneratorTests
{
    private static readonly DemoCompanyOptions Small = new(Customers: 300, Seed: 7);

    [Fact]
    public void Generate_SameSeed_IdenticalCompany()
    {
        var first = DemoCompanyGenerator.Generate(Small);
        var second = DemoCompanyGenerator.Generate(Small);

        Assert.Equal(first.Customers, second.Customers);
        Assert.Equal(first.Dealers, second.Dealers);
        Assert.Equal(first.Staff, second.Staff);
        Assert.Equal(first.Transactions, second.Transactions);
        Assert.Equal(first.Interactions, second.Interactions);
        Assert.Equal(first.Investments, second.Investments);
        Assert.Equal(first.Leads, second.Leads);
        Assert.Equal(first.Truth, second.Truth);
        Assert.Equal(first.SurveyResponses.Select(Flatten), second.SurveyResponses.Select(Flatten));
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentCompany()
    {
        var first = DemoCompanyGenerator.Generate(Small);
        var other = DemoCompanyGenerator.Generate(Small with { Seed = 8 });

        Assert.NotEqual(first.Transactions.Select(t => (t.CustomerId, t.Date, t.Amount)), other.Transactions.Select(t => (t.CustomerId, t.Date, t.Amount)));
        Assert.NotEqual(first.Customers, other.Customers);
    }

    [Fact]
    public void PerEntityGeneration_AnyOptions_StreamsExactlyWhatGenerateCollects()
    {
        var company = DemoCompanyGenerator.Generate(Small);

        Assert.Equal(company.Customers, DemoCompanyGenerator.GenerateCustomers(Small));
        Assert.Equal(company.Transactions, DemoCompanyGenerator.GenerateTransactions(Small));
        Assert.Equal(company.Interactions, DemoCompanyGenerator.GenerateInteractions(Small));
        Assert.Equal(company.Leads, DemoCompanyGenerator.GenerateLeads(Small));
        Assert.Equal(company.Investments, DemoCompanyGenerator.GenerateInvestments(Small));
        Assert.Equal(company.Truth, DemoCompanyGenerator.GenerateTruth(Small));
        Assert.Equal(company.Dealers, DemoCompanyGenerator.GenerateDealers(Small));
        Assert.Equal(company.Staff, DemoCompanyGenerator.GenerateStaff(Small));
        Assert.Equal(company.SurveyResponses.Select(Flatten), DemoCompanyGenerator.GenerateSurveyResponses(Small).Select(Flatten));
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(10, "2025-12-01", "2025-12-31")]
    [InlineData(10, "2026-01-01", "2025-12-31")]
    public void Generate_InvalidOptions_ThrowsArgumentException(int customers, string? start, string? end)
    {
        var options = new DemoCompanyOptions(customers, Start: start is null ? null : DateOnly.Parse(start), End: end is null ? null : DateOnly.Parse(end));

        var e = Assert.Throws<ArgumentException>(() => DemoCompanyGenerator.Generate(options));
        Assert.Equal("options", e.ParamName);
    }

    [Fact]
    public void Generate_DefaultOptions_ReferencesResolveAndDatesLieInTheWindow()
    {
        var c = DemoCompanyFixture.Default;
        var (start, end) = (c.Options.StartDate, c.Options.EndDate);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)), (start, end));
        var customers = c.Customers.ToDictionary(x => x.Id);
        var dealers = c.Dealers.ToDictionary(d => d.Id);
        var staff = c.Staff.Select(s => s.Id).ToHashSet();
        Assert.Equal(5_000, customers.Count);
        Assert.Equal(c.Transactions.Count, c.Transactions.Select(t => t.Id).Distinct().Count());
        Assert.Equal(c.Interactions.Count, c.Interactions.Select(t => t.Id).Distinct().Count());
        Assert.Equal(c.Investments.Count, c.Investments.Select(t => t.Id).Distinct().Count());
        Assert.Equal(c.Leads.Count, c.Leads.Select(t => t.Id).Distinct().Count());
        Assert.Equal(c.SurveyResponses.Count, c.SurveyResponses.Select(t => t.Id).Distinct().Count());

        foreach (var x in c.Customers)
        {
            Assert.InRange(x.AcquiredOn!.Value, start, end);
            if (x.DealerId is not null) Assert.Equal(dealers[x.DealerId].Region, x.Region);
            Assert.Equal(x.AcquisitionChannel == "dealer", x.DealerId is not null);
            if (x.AccountManagerId is not null) Assert.Contains(x.AccountManagerId, staff);
        }

        Assert.All(c.Customers.Where(x => x.Size == SizeClass.Large), x => Assert.NotNull(x.AccountManagerId));
        Assert.All(c.Customers.Where(x => x.Size == SizeClass.Small), x => Assert.Null(x.AccountManagerId));

        foreach (var g in c.Transactions.GroupBy(t => t.CustomerId))
        {
            var customer = customers[g.Key];
            Assert.True(customer.AcquiredOn <= g.Min(t => t.Date), $"{g.Key} bought before it was acquired");
            Assert.All(g, t => Assert.InRange(t.Date, start, end));
            Assert.All(g, t => Assert.Equal(customer.DealerId, t.DealerId));
        }

        Assert.Equal(5_000, c.Transactions.Select(t => t.CustomerId).Distinct().Count());
        Assert.All(c.Interactions, i =>
        {
            Assert.InRange(i.Date, customers[i.CustomerId].AcquiredOn!.Value, end);
            if (i.StaffId is not null) Assert.Contains(i.StaffId, staff);
            if (i.ResolvedOn is { } r) Assert.InRange(r, i.Date, end);
        });
        Assert.All(c.SurveyResponses, s => Assert.InRange(s.Date, customers[s.CustomerId].AcquiredOn!.Value, end));
        Assert.All(c.Investments, i =>
        {
            Assert.InRange(i.Date, start, end);
            Assert.True(i.Amount > 0);
            if (i.TargetKind == InvestmentTargetKind.Customer) Assert.True(customers.ContainsKey(i.TargetId!));
            if (i.TargetKind == InvestmentTargetKind.Dealer) Assert.True(dealers.ContainsKey(i.TargetId!));
        });
        Assert.All(c.Leads, l =>
        {
            Assert.InRange(l.Created, start, end);
            if (l.ClosedOn is { } closed) Assert.InRange(closed, l.Created, end);
        });
        Assert.Equal(c.Customers.Select(x => x.Id), c.Truth.Select(t => t.CustomerId));
    }

    [Fact]
    public void Generate_DefaultOptions_OrdersHaveSeveralLinesMarginsAndSomeReturns()
    {
        var t = DemoCompanyFixture.Default.Transactions;
        var returns = t.Where(x => x.Amount < 0).ToList();
        double multiLine = t.Where(x => x.Amount > 0).GroupBy(x => x.OrderId).Count(g => g.Count() > 1) / (double)t.Where(x => x.Amount > 0).Select(x => x.OrderId).Distinct().Count();

        Assert.InRange(returns.Count / (double)t.Count, 0.01, 0.04);
        Assert.All(returns, r => Assert.True(r.Quantity < 0 && r.Margin < 0));
        Assert.InRange(multiLine, 0.2, 0.5);
        Assert.All(t, x => Assert.Equal(x.Amount, x.Quantity!.Value * x.UnitPrice!.Value));
        // Margin rate by category follows the catalogue: software richest, equipment thinnest.
        var rate = t.Where(x => x.Amount > 0).GroupBy(x => x.Category!).ToDictionary(g => g.Key, g => (double)(g.Sum(x => x.Margin!.Value) / g.Sum(x => x.Amount)));
        Assert.Equal(0.75, rate["Software"], 0.02);
        Assert.Equal(0.22, rate["Equipment"], 0.02);
    }

    [Fact]
    public void Generate_DefaultOptions_TopFifthOfCustomersMakeSixtyToEightyPercentOfRevenue()
    {
        var revenue = DemoCompanyFixture.Default.Transactions.GroupBy(t => t.CustomerId).Select(g => (double)g.Sum(t => t.Amount)).OrderByDescending(v => v).ToArray();

        double share = revenue.Take(revenue.Length / 5).Sum() / revenue.Sum();

        Assert.InRange(share, 0.60, 0.80);
    }

    [Fact]
    public void Generate_DefaultOptions_LedgerCoversEveryCategoryAndStageWithPeopleLargest()
    {
        var ledger = DemoCompanyFixture.Default.Investments;
        double total = (double)ledger.Sum(i => i.Amount);
        var byCategory = Enum.GetValues<CostCategory>().ToDictionary(k => k, k => (double)ledger.Where(i => i.Category == k).Sum(i => i.Amount) / total);
        var byStage = Enum.GetValues<LifecycleStage>().ToDictionary(k => k, k => (double)ledger.Where(i => i.Stage == k).Sum(i => i.Amount) / total);

        Assert.All(byCategory.Values, share => Assert.InRange(share, 0.01, 0.6));
        Assert.Equal(CostCategory.People, byCategory.MaxBy(kv => kv.Value).Key);
        Assert.InRange(byCategory[CostCategory.People], 0.3, 0.6);
        Assert.All(byStage.Values, share => Assert.InRange(share, 0.15, 0.6));
        Assert.All(Enum.GetValues<InvestmentTargetKind>().Except([InvestmentTargetKind.Tier]), k => Assert.Contains(ledger, i => i.TargetKind == k));
    }

    [Fact]
    public void Generate_DefaultOptions_AcquisitionCostFollowsNewCustomersPerChannel()
    {
        var c = DemoCompanyFixture.Default;
        var online = c.Investments.Where(i => i.TargetId?.StartsWith("CMP-ONLINE-", StringComparison.Ordinal) == true).ToList();
        int newOnline = c.Customers.Count(x => x.AcquisitionChannel == "online");
        var dealerBonus = c.Investments.Where(i => i.Category == CostCategory.ChannelPartner && i.Stage == LifecycleStage.Acquisition).Sum(i => i.Amount);
        int newDealer = c.Customers.Count(x => x.AcquisitionChannel == "dealer");

        // 5,000 a month fixed + 600 (±20%) per new online customer; 1,500 per new dealer customer.
        Assert.Equal(24 * 5_000 + 600.0 * newOnline, (double)online.Sum(i => i.Amount), 0.03 * (24 * 5_000 + 600.0 * newOnline));
        Assert.Equal(1_500m * newDealer, dealerBonus);
    }

    [Fact]
    public void Generate_DefaultOptions_ChurnedCustomersScoreLowerInSurveys()
    {
        var c = DemoCompanyFixture.Default;
        var churned = c.Truth.Where(t => t.ChurnedOn is not null).Select(t => t.CustomerId).ToHashSet();
        var lost = c.SurveyResponses.Where(s => churned.Contains(s.CustomerId)).ToList();
        var kept = c.SurveyResponses.Where(s => !churned.Contains(s.CustomerId)).ToList();

        Assert.True(lost.Count > 300 && kept.Count > 300, $"{lost.Count} churned and {kept.Count} active answers");
        Assert.True(WelchT(kept.Select(s => (double)s.Nps!.Value), lost.Select(s => (double)s.Nps!.Value)) > 10);
        Assert.True(WelchT(kept.Select(s => (double)s.Satisfaction!.Value), lost.Select(s => (double)s.Satisfaction!.Value)) > 10);
        Assert.InRange(kept.Average(s => s.Nps!.Value) - lost.Average(s => s.Nps!.Value), 1.5, 5);
    }

    [Fact]
    public void Generate_DefaultOptions_RecentComplaintsLowerSatisfaction()
    {
        var c = DemoCompanyFixture.Default;
        var complaints = c.Interactions.Where(i => i.Kind == InteractionKind.Complaint).ToLookup(i => i.CustomerId, i => i.Date);
        bool Complained(SurveyResponse s) => complaints[s.CustomerId].Any(d => d <= s.Date && d > s.Date.AddDays(-180));
        var after = c.SurveyResponses.Where(Complained).ToList();
        var clean = c.SurveyResponses.Where(s => !Complained(s)).ToList();

        Assert.True(after.Count > 50, $"{after.Count} answers after a complaint");
        Assert.True(WelchT(clean.Select(s => (double)s.Satisfaction!.Value), after.Select(s => (double)s.Satisfaction!.Value)) > 5);
        Assert.True(after.Average(s => (double)s.Dimensions!["after_sales"]) < clean.Average(s => (double)s.Dimensions!["after_sales"]) - 0.5);
    }

    [Fact]
    public void Generate_DefaultOptions_ComplaintRateIsHigherBeforeChurn()
    {
        var c = DemoCompanyFixture.Default;
        var end = c.Options.EndDate;
        var complaints = c.Interactions.Where(i => i.Kind == InteractionKind.Complaint).ToLookup(i => i.CustomerId, i => i.Date);
        // Complaints per customer in the 90 days before churn, against active customers' last 90 days (both windows fully observed).
        var churned = c.Truth.Where(t => t.ChurnedOn is { } d && d >= c.Options.StartDate.AddDays(180)).ToList();
        var active = c.Truth.Where(t => t.ChurnedOn is null && c.Customers.First(x => x.Id == t.CustomerId).AcquiredOn <= end.AddDays(-180)).ToList();
        double before = churned.Average(t => complaints[t.CustomerId].Count(d => d <= t.ChurnedOn && d > t.ChurnedOn!.Value.AddDays(-90)));
        double baseline = active.Average(t => complaints[t.CustomerId].Count(d => d > end.AddDays(-90)));

        Assert.True(before > 3 * baseline, $"before churn {before:F3}, active {baseline:F3} per customer per 90 days");
    }

    [Fact]
    public void Generate_DefaultOptions_EveryCustomerComesFromOneWonLead()
    {
        var c = DemoCompanyFixture.Default;
        var won = c.Leads.Where(l => l.Outcome == LeadOutcome.Won).ToDictionary(l => l.CustomerId!);

        Assert.Equal(c.Customers.Count, won.Count);
        Assert.All(c.Customers, x =>
        {
            var lead = won[x.Id];
            Assert.Equal(x.AcquiredOn, lead.ClosedOn);
            Assert.Equal(x.AcquisitionChannel, lead.SourceChannel);
        });
        Assert.All(c.Leads.Where(l => l.Outcome != LeadOutcome.Won), l => Assert.Null(l.CustomerId));
        Assert.All(c.Leads.Where(l => l.Outcome == LeadOutcome.Open), l => Assert.Null(l.ClosedOn));
        Assert.Contains(c.Leads, l => l.Outcome == LeadOutcome.Open);
        // Conversion online (15%) is well below referral (50%).
        double Conversion(string channel) => c.Leads.Count(l => l.SourceChannel == channel && l.Outcome == LeadOutcome.Won) / (double)c.Leads.Count(l => l.SourceChannel == channel && l.Outcome != LeadOutcome.Open);
        Assert.Equal(0.15, Conversion("online"), 0.03);
        Assert.Equal(0.50, Conversion("referral"), 0.05);
    }

    [Fact]
    public void GenerateTruth_DefaultOptions_TiersCutFivePercentAndFifteenPercentByTrueValue()
    {
        var truth = DemoCompanyFixture.Default.Truth;

        Assert.Equal(250, truth.Count(t => t.Tier == TrueValueTier.Gold));
        Assert.Equal(750, truth.Count(t => t.Tier == TrueValueTier.Silver));
        Assert.True(truth.Where(t => t.Tier == TrueValueTier.Gold).Min(t => t.ExpectedMarginNextYear) >= truth.Where(t => t.Tier == TrueValueTier.Silver).Max(t => t.ExpectedMarginNextYear));
        Assert.All(truth.Where(t => t.ChurnedOn is not null), t => Assert.Equal(0, t.ExpectedMarginNextYear));
    }

    private static double WelchT(IEnumerable<double> higher, IEnumerable<double> lower)
    {
        var (a, b) = (higher.ToArray(), lower.ToArray());
        double ma = a.Average(), mb = b.Average();
        double va = a.Sum(x => (x - ma) * (x - ma)) / (a.Length - 1), vb = b.Sum(x => (x - mb) * (x - mb)) / (b.Length - 1);
        return (ma - mb) / Math.Sqrt(va / a.Length + vb / b.Length);
    }

    private static string Flatten(SurveyResponse s) =>
        $"{s.Id}|{s.CustomerId}|{s.Date}|{s.Nps}|{s.Satisfaction}|{string.Join(",", s.Dimensions!.Select(kv => $"{kv.Key}={kv.Value}"))}|{s.Comment}";
}
