using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// One customer's leads: the won lead that became the customer (closed on the acquisition day, sales cycle
/// Gamma(2) with channel means direct 60, dealer 35, online 6, referral 25 days, ×1.5 for large and ×1.2 for medium
/// accounts, cut at the window start), plus Poisson((1 − c) / c) lost leads from the same channel, where c is the
/// channel's conversion rate (direct 30%, dealer 35%, online 15%, referral 50%). A lost lead whose close would fall
/// after the window end is still open. Lost and open leads have no customer id.
/// </summary>
internal static class DemoLeads
{
    private const int Stream = 4;

    public static void Add(DemoCustomerLife life, DemoContext context, List<Lead> into)
    {
        var random = new SimulationRandom(context.Options.Seed, life.Index, Stream);
        string channel = DemoCatalog.Channels[life.Channel];
        double sizeFactor = life.Size switch { SizeClass.Large => 1.5, SizeClass.Medium => 1.2, _ => 1.0 };
        double meanCycle = DemoCatalog.ChannelCycleDays[life.Channel] * sizeFactor;
        int from = into.Count;

        int won = Math.Max(context.StartDay, life.AcquiredDay - (int)random.Gamma(2, meanCycle / 2));
        into.Add(new Lead($"L{life.Id[1..]}-0", DateOnly.FromDayNumber(won), life.Id, channel, DateOnly.FromDayNumber(life.AcquiredDay), LeadOutcome.Won, Amount(random, life.MeanSpend)));

        double conversion = DemoCatalog.ChannelConversion[life.Channel];
        int lost = random.Poisson((1 - conversion) / conversion);
        for (int i = 1; i <= lost; i++)
        {
            int created = context.StartDay + random.Next(context.EndDay - context.StartDay + 1);
            int closed = created + 1 + (int)random.Gamma(2, meanCycle / 2);
            bool open = closed > context.EndDay;
            into.Add(new Lead(
                $"L{life.Id[1..]}-{i}", DateOnly.FromDayNumber(created), null, channel,
                open ? null : DateOnly.FromDayNumber(closed), open ? LeadOutcome.Open : LeadOutcome.Lost, Amount(random, life.MeanSpend)));
        }

        into.Sort(from, into.Count - from, Comparer<Lead>.Create((x, y) => x.Created != y.Created ? x.Created.CompareTo(y.Created) : string.CompareOrdinal(x.Id, y.Id)));
    }

    private static decimal Amount(SimulationRandom random, double meanSpend) => Math.Round((decimal)(meanSpend * random.Uniform(0.6, 1.4)) / 100m) * 100m;
}
