using Clientele.Domain;
using MathNet.Numerics.Distributions;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// Draws a seeded transaction log from the BG/NBD story (Fader, Hardie &amp; Lee 2005): each customer
/// has a purchase rate λ ~ Gamma(r, α) and, after every purchase, drops out with probability
/// p ~ Beta(a, b); spend per transaction follows the Gamma-Gamma story (Fader &amp; Hardie 2013).
/// Used by the demo and by tests that need data with known true parameters.
/// </summary>
public static class SyntheticTransactionLog
{
    /// <summary>
    /// The log in customer order and, within a customer, date order. Customer ids are
    /// <c>CUST-000001</c>, <c>CUST-000002</c>, …; amounts have two decimals.
    /// </summary>
    public static IEnumerable<Transaction> Generate(SyntheticLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Customers < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Customers, "At least one customer is needed.");
        if (options.EndDate < options.StartDate) throw new ArgumentException("The end date must not be earlier than the start date.", nameof(options));
        return GenerateIterator(options);
    }

    private static IEnumerable<Transaction> GenerateIterator(SyntheticLogOptions o)
    {
        var random = new Random(o.Seed);
        var rate = new Gamma(o.R, o.Alpha, random);
        var dropout = new Beta(o.A, o.B, random);
        var meanSpend = new Gamma(o.MeanSpendShape, 1.0 / o.MeanSpendScale, random);
        double horizonWeeks = (o.EndDate.DayNumber - o.StartDate.DayNumber + 1) / 7.0;
        int width = Math.Max(6, o.Customers.ToString().Length);

        for (int c = 1; c <= o.Customers; c++)
        {
            var id = "CUST-" + c.ToString().PadLeft(width, '0');
            double lambda = rate.Sample();
            double p = dropout.Sample();
            double customerMean = 5.0 + meanSpend.Sample();
            double t = random.NextDouble() * Math.Min(o.AcquisitionWeeks, horizonWeeks);
            while (true)
            {
                var day = o.StartDate.AddDays((int)(t * 7.0));
                double amount = Gamma.Sample(random, o.SpendShape, o.SpendShape / customerMean);
                yield return new Transaction(id, day, Math.Round((decimal)amount, 2));
                if (random.NextDouble() < p || lambda <= 0) break;
                t += Exponential.Sample(random, lambda);
                if (t >= horizonWeeks) break;
            }
        }
    }
}
