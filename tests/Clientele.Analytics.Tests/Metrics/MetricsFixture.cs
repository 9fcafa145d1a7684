using Clientele.Analytics.Metrics;
using Clientele.Domain.Entities;

namespace Clientele.Analytics.Tests.Metrics;

/// <summary>
/// A five-customer company small enough to check every measure by hand. Period January 2025 (31 days); the
/// preceding period is December 2024. The margin rate for rows without a margin is 0.5.
///
/// Customers (index: id, acquired, segment, CLV, dealer, region, industry, size, channel):
///   0 A  2024-06-01  Champions 100  D1   East  Food  large   direct
///   1 B  2024-07-01  Lost       50  D1   West  Food  small   online
///   2 C  2025-01-10  New        10  —    East  Tech  small   online
///   3 D  2024-05-01  Lost        5  D2   West  —     medium  direct   (control group)
///   4 E  2025-01-20  —  (not analyzed)   —     —     —       referral
/// Tiers (4 analyzed): gold = ⌈0.05·4⌉ = 1 → A; silver up to ⌈0.2·4⌉ = 1 → none; standard B, C, D; E none.
///
/// December: A 100 (margin 40), B 50 (no margin → 25), D 30 (margin 10): active A, B, D; margin 75.
/// January:  A order O1 = 100 (m 40) + 50 (m 20) on 01-05, O2 = 100 (m 40) on 01-20 → revenue 250, margin 100, 2 orders, 2 days;
///           C 200 on 01-10 (→ margin 100) and a return −50 on 01-12 (→ −25) → revenue 150, margin 75, 1 order, 1 purchase day;
///           D 50 (m 20) on 01-15; E 100 (m 30) on 01-25. B buys nothing.
/// So: active 4, revenue 550, margin 225, orders 5, purchase days 5.
/// </summary>
internal static class MetricsFixture
{
    public static readonly MetricPeriod January = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31));

    public static MetricsData Build(double? marginRate = 0.5, bool withSurveys = true, bool withInvestments = true)
    {
        var customers = MetricsCustomers.Create(
            ["A", "B", "C", "D", "E"],
            [Day(2024, 6, 1), Day(2024, 7, 1), Day(2025, 1, 10), Day(2024, 5, 1), Day(2025, 1, 20)],
            ["Champions", "Lost", "New", "Lost", null],
            [100, 50, 10, 5, double.NaN],
            ["D1", "D1", null, "D2", null],
            ["East", "West", "East", "West", null],
            ["Food", "Food", "Tech", null, null],
            ["large", "small", "small", "medium", null],
            ["direct", "online", "online", "direct", "referral"],
            [false, false, false, true, false]);
        TransactionRecord T(string id, string customer, int y, int m, int d, decimal amount, decimal? margin, string? order = null) =>
            new(id, customer, new DateOnly(y, m, d), amount, margin, OrderId: order);
        var transactions = new[]
        {
            T("t1", "A", 2024, 12, 5, 100, 40), T("t2", "B", 2024, 12, 10, 50, null), T("t3", "D", 2024, 12, 15, 30, 10),
            T("t4", "A", 2025, 1, 5, 100, 40, "O1"), T("t5", "A", 2025, 1, 5, 50, 20, "O1"), T("t6", "A", 2025, 1, 20, 100, 40, "O2"),
            T("t7", "C", 2025, 1, 10, 200, null), T("t8", "C", 2025, 1, 12, -50, null), T("t9", "D", 2025, 1, 15, 50, 20), T("t10", "E", 2025, 1, 25, 100, 30),
        };
        Interaction X(string id, string customer, int y, int m, int d, InteractionKind kind) => new(id, customer, new DateOnly(y, m, d), kind);
        var interactions = new[]
        {
            X("x1", "A", 2025, 1, 7, InteractionKind.Complaint), X("x2", "C", 2025, 1, 11, InteractionKind.Complaint),
            X("x3", "C", 2025, 1, 11, InteractionKind.Complaint), X("x4", "B", 2024, 12, 20, InteractionKind.Complaint),
            X("x5", "A", 2025, 1, 3, InteractionKind.CampaignTouch), X("x6", "D", 2025, 1, 4, InteractionKind.CampaignTouch),
            X("x7", "E", 2025, 1, 26, InteractionKind.Visit),
        };
        SurveyResponse S(string id, string customer, int y, int m, int d, int nps, decimal satisfaction, params (string, decimal)[] dims) =>
            new(id, customer, new DateOnly(y, m, d), nps, satisfaction, 5, dims.ToDictionary(x => x.Item1, x => x.Item2));
        var surveys = withSurveys
            ? new[]
            {
                S("s1", "A", 2025, 1, 8, 10, 5, ("quality", 5), ("delivery", 4)), S("s2", "C", 2025, 1, 15, 7, 3, ("quality", 3)),
                S("s3", "D", 2025, 1, 16, 3, 2, ("delivery", 2)), S("s4", "E", 2025, 1, 26, 9, 4), S("s5", "B", 2024, 12, 20, 0, 1),
            }
            : [];
        var leads = new[]
        {
            new Lead("L1", new DateOnly(2025, 1, 2), "C", "online", new DateOnly(2025, 1, 10), LeadOutcome.Won),
            new Lead("L2", new DateOnly(2024, 12, 25), "E", "referral", new DateOnly(2025, 1, 20), LeadOutcome.Won),
            new Lead("L3", new DateOnly(2025, 1, 5), null, "online", new DateOnly(2025, 1, 15), LeadOutcome.Lost),
            new Lead("L4", new DateOnly(2025, 1, 6), null, "direct"),
            new Lead("L5", new DateOnly(2024, 12, 1), null, "direct", new DateOnly(2024, 12, 10), LeadOutcome.Lost),
        };
        Investment I(string id, int y, int m, int d, decimal amount, CostCategory category, LifecycleStage stage, InvestmentTargetKind kind = InvestmentTargetKind.Overhead, string? target = null) =>
            new(id, new DateOnly(y, m, d), amount, category, stage, kind, target);
        var investments = withInvestments
            ? new[]
            {
                I("I0", 2024, 12, 31, 500, CostCategory.People, LifecycleStage.Retention),
                I("I1", 2025, 1, 31, 1000, CostCategory.People, LifecycleStage.Retention),
                I("I2", 2025, 1, 15, 200, CostCategory.MarketingPromotion, LifecycleStage.Acquisition),
                I("I3", 2025, 1, 20, 100, CostCategory.CustomerService, LifecycleStage.Retention, InvestmentTargetKind.Customer, "A"),
                I("I4", 2025, 1, 10, 300, CostCategory.ChannelPartner, LifecycleStage.Retention, InvestmentTargetKind.Dealer, "D1"),
                I("I5", 2025, 1, 5, 60, CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Campaign, "CMP-1"),
                I("I6", 2025, 1, 12, 40, CostCategory.MarketingPromotion, LifecycleStage.Acquisition, InvestmentTargetKind.Campaign, "CMP-2"),
            }
            : [];
        return MetricsData.FromEntities(customers, transactions, interactions, surveys, leads, investments, marginRate);
    }

    public static int Day(int y, int m, int d) => new DateOnly(y, m, d).DayNumber;
}
