using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// Builds the investment ledger from what the customers' simulations did plus the company's running costs.
/// Assumptions (CNY, per month unless said; N = customers):
/// people — salaries per staff member (account managers 25,000 ± 5% per skill step, split 60% retention /
/// 40% expansion; service 12,000, retention; sales 20,000, acquisition) plus a 2,500 commission per new direct
/// customer; acquisition marketing — online 5,000 + 600 per new online customer, referral rewards 1,000 per new
/// referral customer (campaign targets), dealer bonus 1,500 per new dealer customer (dealer target), so CAC per
/// channel is meaningful; dealer support each quarter 600 per outlet (retention) and 10,000 co-marketing for
/// tier A (expansion); care — gifts and greetings per size segment (retention), visits and training per segment
/// (expansion), trips per customer (retention), newsletters (retention campaign); expansion offers to large
/// customers (30% a year, 5,000–20,000, customer target) and a quarterly cross-sell campaign 4·N;
/// technology 8·N (retention) + 3·N (acquisition, the web shop); data 4·N (40% acquisition); process 12·N a
/// quarter; service operations 1.5·N; other 2·N (retention) + N (acquisition travel). People come out
/// the largest category, about 35–45% of the total.
/// </summary>
internal sealed class DemoLedger
{
    private const int Stream = 5;
    private static readonly string[] SegmentNames = ["large", "medium", "small"];

    private readonly DemoContext _context;
    private readonly int _firstMonth, _months;
    private readonly int[,] _newCustomers;
    private readonly int[,] _dealerNew;
    private readonly double[,] _care, _development;
    private readonly double[] _campaignTouches;
    private readonly List<(int Day, double Amount, CostCategory Category, LifecycleStage Stage, InvestmentTargetKind Kind, string? Target, string Description)> _entries = [];

    public DemoLedger(DemoContext context)
    {
        _context = context;
        var start = context.Options.StartDate;
        var end = context.Options.EndDate;
        _firstMonth = start.Year * 12 + start.Month - 1;
        _months = end.Year * 12 + end.Month - 1 - _firstMonth + 1;
        _newCustomers = new int[_months, DemoCatalog.Channels.Length];
        _dealerNew = new int[_months, context.Workforce.Dealers.Count];
        _care = new double[_months, 3];
        _development = new double[_months, 3];
        _campaignTouches = new double[_months];
    }

    /// <summary>Books what one customer cost: acquisition counts, care and visits, trips and expansion offers.</summary>
    public void Add(DemoCustomerLife life, IReadOnlyList<Interaction> interactions, int first)
    {
        int acquiredMonth = Month(life.AcquiredDay);
        _newCustomers[acquiredMonth, life.Channel]++;
        if (life.Dealer >= 0) _dealerNew[acquiredMonth, life.Dealer]++;
        int size = (int)life.Size;
        for (int i = first; i < interactions.Count; i++)
        {
            var x = interactions[i];
            double cost = (double)(x.Cost ?? 0);
            if (cost <= 0) continue;
            int month = Month(x.Date.DayNumber);
            switch (x.Kind)
            {
                case InteractionKind.CareTrip:
                    _entries.Add((x.Date.DayNumber, cost, CostCategory.CustomerService, LifecycleStage.Retention, InvestmentTargetKind.Customer, life.Id, "Customer trip"));
                    break;
                case InteractionKind.CareGift or InteractionKind.CareGreeting or InteractionKind.ServiceRequest:
                    _care[month, size] += cost;
                    break;
                case InteractionKind.Visit or InteractionKind.Training:
                    _development[month, size] += cost;
                    break;
                case InteractionKind.CampaignTouch:
                    _campaignTouches[month] += cost;
                    break;
            }
        }

        if (life.Size == SizeClass.Large)
        {
            var random = new SimulationRandom(_context.Options.Seed, life.Index, Stream);
            int end = life.ChurnDay is { } c ? Math.Min(_context.EndDay, c + 120) : _context.EndDay;
            for (int year = _context.Options.StartDate.Year; year <= _context.Options.EndDate.Year; year++)
            {
                int day = new DateOnly(year, 1, 1).DayNumber + random.Next(365);
                double amount = random.Uniform(5_000, 20_000);
                if (random.Chance(0.3) && day >= life.AcquiredDay && day <= end)
                {
                    _entries.Add((day, amount, CostCategory.MarketingPromotion, LifecycleStage.Expansion, InvestmentTargetKind.Customer, life.Id, "Expansion offer"));
                }
            }
        }
    }

    /// <summary>The ledger, in date order, ids <c>INV-000001</c>, ….</summary>
    public List<Investment> Build()
    {
        var o = _context.Options;
        var w = _context.Workforce;
        double n = o.Customers;
        var random = new SimulationRandom(o.Seed, 0, Stream + 1);
        for (int m = 0; m < _months; m++)
        {
            var monthStart = new DateOnly((_firstMonth + m) / 12, (_firstMonth + m) % 12 + 1, 1);
            int day = Math.Clamp(monthStart.AddMonths(1).AddDays(-1).DayNumber, _context.StartDay, _context.EndDay);
            string tag = monthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            bool quarterEnd = monthStart.Month % 3 == 0;

            foreach (var s in w.Staff)
            {
                switch (s.Role)
                {
                    case "Account manager":
                        double salary = 25_000 * (1 + 0.05 * ((s.SkillLevel ?? 3) - 3));
                        Book(day, 0.6 * salary, CostCategory.People, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, $"Salary {s.Id}");
                        Book(day, 0.4 * salary, CostCategory.People, LifecycleStage.Expansion, InvestmentTargetKind.Overhead, null, $"Salary {s.Id}");
                        break;
                    case "Customer service":
                        Book(day, 12_000, CostCategory.People, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, $"Salary {s.Id}");
                        break;
                    default:
                        Book(day, 20_000, CostCategory.People, LifecycleStage.Acquisition, InvestmentTargetKind.Overhead, null, $"Salary {s.Id}");
                        break;
                }
            }

            Book(day, 2_500 * _newCustomers[m, DemoContext.DirectChannel], CostCategory.People, LifecycleStage.Acquisition, InvestmentTargetKind.Overhead, null, "Direct sales commission");
            Book(day, 5_000 + 600 * _newCustomers[m, DemoContext.OnlineChannel] * random.Uniform(0.8, 1.2), CostCategory.MarketingPromotion, LifecycleStage.Acquisition,
                InvestmentTargetKind.Campaign, $"CMP-ONLINE-{tag}", "Online advertising");
            Book(day, 1_000 * _newCustomers[m, DemoContext.ReferralChannel], CostCategory.MarketingPromotion, LifecycleStage.Acquisition,
                InvestmentTargetKind.Campaign, $"CMP-REFERRAL-{tag}", "Referral rewards");
            for (int d = 0; d < w.Dealers.Count; d++)
            {
                var dealer = w.Dealers[d];
                Book(day, 1_500 * _dealerNew[m, d], CostCategory.ChannelPartner, LifecycleStage.Acquisition, InvestmentTargetKind.Dealer, dealer.Id, "New-customer bonus");
                if (!quarterEnd) continue;
                Book(day, 600 * (dealer.Outlets ?? 1), CostCategory.ChannelPartner, LifecycleStage.Retention, InvestmentTargetKind.Dealer, dealer.Id, "Dealer support");
                if (dealer.Tier == "A") Book(day, 10_000, CostCategory.ChannelPartner, LifecycleStage.Expansion, InvestmentTargetKind.Dealer, dealer.Id, "Co-marketing");
            }

            for (int s = 0; s < 3; s++)
            {
                Book(day, _care[m, s], CostCategory.CustomerService, LifecycleStage.Retention, InvestmentTargetKind.Segment, SegmentNames[s], "Care program and service parts");
                Book(day, _development[m, s], CostCategory.CustomerService, LifecycleStage.Expansion, InvestmentTargetKind.Segment, SegmentNames[s], "Visits and training");
            }

            Book(day, _campaignTouches[m], CostCategory.MarketingPromotion, LifecycleStage.Retention, InvestmentTargetKind.Campaign, $"CMP-NEWSLETTER-{tag}", "Newsletter campaign");
            Book(day, 1.5 * n, CostCategory.CustomerService, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, "Service centre operations");
            Book(day, 8.0 * n, CostCategory.Technology, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, "CRM, ERP and hosting");
            Book(day, 3.0 * n, CostCategory.Technology, LifecycleStage.Acquisition, InvestmentTargetKind.Overhead, null, "Web shop");
            Book(day, 1.6 * n, CostCategory.Data, LifecycleStage.Acquisition, InvestmentTargetKind.Overhead, null, "Lead scoring and market data");
            Book(day, 2.4 * n, CostCategory.Data, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, "Customer analytics");
            Book(day, 2.0 * n, CostCategory.Other, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, "Office and administration");
            Book(day, 1.0 * n, CostCategory.Other, LifecycleStage.Acquisition, InvestmentTargetKind.Overhead, null, "Prospecting travel");
            if (quarterEnd)
            {
                Book(day, 12.0 * n, CostCategory.Process, LifecycleStage.Retention, InvestmentTargetKind.Overhead, null, "Process improvement and audits");
                Book(day, 4.0 * n, CostCategory.MarketingPromotion, LifecycleStage.Expansion, InvestmentTargetKind.Campaign, $"CMP-CROSSSELL-{tag}", "Cross-sell campaign");
            }
        }

        var ordered = _entries.Select((e, i) => (e, i)).OrderBy(t => t.e.Day).ThenBy(t => t.i).ToArray();
        var ledger = new List<Investment>(ordered.Length);
        foreach (var (e, _) in ordered)
        {
            ledger.Add(new Investment(
                $"INV-{ledger.Count + 1:D6}", DateOnly.FromDayNumber(e.Day), Math.Round((decimal)e.Amount, 2), e.Category, e.Stage, e.Kind, e.Target, null, e.Description));
        }

        return ledger;
    }

    private void Book(int day, double amount, CostCategory category, LifecycleStage stage, InvestmentTargetKind kind, string? target, string description)
    {
        if (amount >= 0.005) _entries.Add((day, amount, category, stage, kind, target, description));
    }

    private int Month(int dayNumber)
    {
        var d = DateOnly.FromDayNumber(dayNumber);
        return Math.Clamp(d.Year * 12 + d.Month - 1 - _firstMonth, 0, _months - 1);
    }
}
