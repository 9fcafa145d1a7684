using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// One customer's contacts. Assumptions (rates per month unless said): account-manager visits to large accounts
/// 1, to managed medium ones 1/3; calls 2 (large), 0.8 (managed medium), 0.3 (other medium), 0.06 (small);
/// company-initiated contact goes on until 120 days after the customer silently dropped out (nobody notices
/// sooner). A service request follows 12% of large customers' orders and 7% of others'; a complaint follows
/// 1.5% of orders, and a customer about to drop out complains in the 90 days before with probability 0.45
/// (and again with 0.2). Care by size (spec's tier policies): large get Spring Festival and Mid-Autumn gifts and,
/// with probability 0.5 a year, a trip; medium get both gifts (smaller); small get a Spring Festival greeting;
/// everyone gets a New Year greeting. Training: large 0.5 a year, medium 0.15. Online customers get about four
/// campaign touches a year. Costs in CNY, hours of staff time.
/// </summary>
internal static class DemoInteractions
{
    private const int Stream = 2;
    private const int NoticeChurnAfterDays = 120;

    private record struct Draft(int Day, InteractionKind Kind, double Cost, double Hours, string? Staff, string? Outcome, int ResolvedDay);

    public static void Add(DemoCustomerLife life, DemoContext context, List<Interaction> into)
    {
        var random = new SimulationRandom(context.Options.Seed, life.Index, Stream);
        var w = context.Workforce;
        var drafts = new List<Draft>();
        int end = context.EndDay, acquired = life.AcquiredDay;
        int until = life.ChurnDay is { } churn ? Math.Min(end, churn + NoticeChurnAfterDays) : end;
        string? manager = life.AccountManager >= 0 ? w.AccountManagerIds[life.AccountManager] : null;
        string ServiceRep() => w.ServiceStaffIds[random.Next(w.ServiceStaffIds.Length)];
        bool large = life.Size == SizeClass.Large, medium = life.Size == SizeClass.Medium;

        if (manager is not null)
        {
            double visitsPerDay = large ? 1 / 30.0 : 1 / 90.0;
            for (double d = acquired + random.Exponential(visitsPerDay); d <= until; d += random.Exponential(visitsPerDay))
            {
                drafts.Add(new((int)d, InteractionKind.Visit, Math.Round(random.Uniform(100, 600)), Math.Round(random.Uniform(2, 5), 1), manager, "visited", 0));
            }
        }

        double callsPerDay = (large ? 2.0 : medium ? (manager is null ? 0.3 : 0.8) : 0.06) / 30.0;
        for (double d = acquired + random.Exponential(callsPerDay); d <= until; d += random.Exponential(callsPerDay))
        {
            drafts.Add(new((int)d, InteractionKind.Call, 0, Math.Round(random.Uniform(0.2, 0.8), 1), manager ?? ServiceRep(), "talked", 0));
        }

        double serviceChance = large ? 0.12 : 0.07;
        foreach (int purchase in life.PurchaseDays)
        {
            if (random.Chance(serviceChance))
            {
                int day = purchase + 1 + random.Next(30);
                int resolved = day + 1 + (int)random.Exponential(1 / 3.0);
                double cost = random.Chance(0.2) ? Math.Round(random.Uniform(100, 800)) : 0;
                if (day <= end) drafts.Add(new(day, InteractionKind.ServiceRequest, cost, Math.Round(random.Uniform(1, 4), 1), ServiceRep(), "handled", resolved));
            }

            if (random.Chance(0.015)) AddComplaint(drafts, random, purchase + 1 + random.Next(20), end, ServiceRep());
        }

        if (life.ChurnDay is { } c)
        {
            if (random.Chance(0.45)) AddComplaint(drafts, random, Math.Max(acquired, c - random.Next(90)), end, ServiceRep());
            if (random.Chance(0.2)) AddComplaint(drafts, random, Math.Max(acquired, c - random.Next(90)), end, ServiceRep());
        }

        for (int year = DateOnly.FromDayNumber(context.StartDay).Year; year <= DateOnly.FromDayNumber(end).Year; year++)
        {
            bool InLife(int day) => day >= acquired && day <= until;
            int yearStart = new DateOnly(year, 1, 1).DayNumber;
            int spring = DemoCatalog.SpringFestival(year).AddDays(-7).DayNumber, autumn = DemoCatalog.MidAutumn(year).AddDays(-5).DayNumber;
            if (InLife(spring))
            {
                if (large) drafts.Add(new(spring, InteractionKind.CareGift, Math.Round(random.Uniform(1000, 2000)), 1, manager, "Spring Festival gift", 0));
                else if (medium) drafts.Add(new(spring, InteractionKind.CareGift, Math.Round(random.Uniform(200, 500)), 0.5, manager, "Spring Festival gift", 0));
                else drafts.Add(new(spring, InteractionKind.CareGreeting, Math.Round(random.Uniform(5, 10), 2), 0, null, "Spring Festival card", 0));
            }

            if (InLife(autumn) && (large || medium))
            {
                drafts.Add(new(autumn, InteractionKind.CareGift, Math.Round(large ? random.Uniform(300, 800) : random.Uniform(150, 300)), 0.5, manager, "Mid-Autumn mooncakes", 0));
            }

            int newYear = new DateOnly(year, 12, 28).DayNumber;
            if (InLife(newYear)) drafts.Add(new(newYear, InteractionKind.CareGreeting, Math.Round(random.Uniform(5, 10), 2), 0, null, "New Year greeting", 0));

            if (large && random.Chance(0.5))
            {
                int trip = yearStart + 90 + random.Next(200);
                if (InLife(trip)) drafts.Add(new(trip, InteractionKind.CareTrip, Math.Round(random.Uniform(6000, 12000)), 16, manager, "customer trip", 0));
            }

            if (random.Chance(large ? 0.5 : medium ? 0.15 : 0))
            {
                int training = yearStart + random.Next(360);
                if (InLife(training)) drafts.Add(new(training, InteractionKind.Training, Math.Round(random.Uniform(1000, 3000)), 8, manager ?? ServiceRep(), "trained", 0));
            }

            if (life.Channel == DemoContext.OnlineChannel)
            {
                for (int t = random.Poisson(4); t > 0; t--)
                {
                    int touch = yearStart + random.Next(365);
                    if (InLife(touch)) drafts.Add(new(touch, InteractionKind.CampaignTouch, 2, 0, null, "email campaign", 0));
                }
            }
        }

        drafts.Sort((x, y) => x.Day != y.Day ? x.Day.CompareTo(y.Day) : x.Kind.CompareTo(y.Kind));
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            into.Add(new Interaction(
                $"{life.Id}-I{i + 1:D4}",
                life.Id,
                DateOnly.FromDayNumber(d.Day),
                d.Kind,
                (decimal)d.Cost,
                (decimal)d.Hours,
                d.Staff,
                d.Outcome,
                d.ResolvedDay > 0 && d.ResolvedDay <= end ? DateOnly.FromDayNumber(d.ResolvedDay) : null));
        }
    }

    private static void AddComplaint(List<Draft> drafts, SimulationRandom random, int day, int end, string staff)
    {
        // 15% are never resolved, the rest within a couple of weeks.
        bool resolved = !random.Chance(0.15);
        int resolvedDay = resolved ? day + 2 + (int)random.Exponential(1 / 7.0) : 0;
        double hours = Math.Round(random.Uniform(2, 6), 1);
        if (day <= end) drafts.Add(new(day, InteractionKind.Complaint, 0, hours, staff, resolved ? "resolved" : "unresolved", resolvedDay));
    }
}
