using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// One customer's answers to the annual survey (sent in the first half of December to customers of at least
/// 30 days). Answer rates: large 50%, medium 35%, small 20%, and 40% of that once the customer has dropped out.
/// Scores come from one latent score z = attitude − 1.2 (if the customer drops out before or within 120 days of
/// the survey) − 0.6 · (complaints in the past 180 days, at most 2) + noise, so churners and complainers score
/// lower: NPS = 7.3 + 1.8 z (0–10), satisfaction = 3.8 + 0.8 z (1–5), and each dimension its own noisy
/// version (after-sales hit harder by complaints).
/// </summary>
internal static class DemoSurveys
{
    private const int Stream = 3;
    private static readonly double[] AnswerRate = [0.5, 0.35, 0.2];

    public static void Add(DemoCustomerLife life, DemoContext context, IReadOnlyList<Interaction> interactions, int first, List<SurveyResponse> into)
    {
        var random = new SimulationRandom(context.Options.Seed, life.Index, Stream);
        int number = 0;
        for (int year = DateOnly.FromDayNumber(context.StartDay).Year; year <= DateOnly.FromDayNumber(context.EndDay).Year; year++)
        {
            int day = new DateOnly(year, 12, 1).DayNumber + random.Next(14);
            double rate = AnswerRate[(int)life.Size] * (life.ChurnDay < day ? 0.4 : 1.0);
            double u = random.NextDouble(), noise = random.Normal();
            if (day < life.AcquiredDay + 30 || day > context.EndDay || day < context.StartDay || u >= rate) continue;

            int complaints = 0;
            for (int i = first; i < interactions.Count; i++)
            {
                var x = interactions[i];
                int d = x.Date.DayNumber;
                if (x.Kind == InteractionKind.Complaint && d <= day && d > day - 180) complaints++;
            }

            complaints = Math.Min(2, complaints);
            bool leaving = life.ChurnDay is { } c && c <= day + 120;
            double z = life.Attitude - (leaving ? 1.2 : 0) - 0.6 * complaints + 0.5 * noise;
            int nps = (int)Math.Clamp(Math.Round(7.3 + 1.8 * z), 0, 10);
            decimal Score(double center, double slope, double penalty) =>
                (decimal)Math.Clamp(Math.Round(center + slope * z - penalty * complaints + 0.6 * random.Normal()), 1, 5);
            decimal satisfaction = (decimal)Math.Clamp(Math.Round(3.8 + 0.8 * z), 1, 5);
            var dimensions = new Dictionary<string, decimal>(4)
            {
                [DemoCatalog.SurveyDimensions[0]] = Score(3.9, 0.6, 0),
                [DemoCatalog.SurveyDimensions[1]] = Score(3.8, 0.5, 0),
                [DemoCatalog.SurveyDimensions[2]] = Score(3.7, 0.6, 0.5),
                [DemoCatalog.SurveyDimensions[3]] = Score(3.8, 0.6, 0.2),
            };
            string? comment = nps <= 4 ? (complaints > 0 ? "Complaint handling was slow." : "Prices and delivery times are not competitive.")
                : nps >= 9 ? "Reliable partner." : null;
            into.Add(new SurveyResponse($"{life.Id}-S{++number:D2}", life.Id, DateOnly.FromDayNumber(day), nps, satisfaction, 5, dimensions.AsReadOnly(), comment));
        }
    }
}
