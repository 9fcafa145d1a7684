using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// Order lines of one customer. Each purchase day of the life is one order whose value follows the Gamma-Gamma
/// story (Fader &amp; Hardie 2013: shape 4 around the customer's mean spend), split over 1 + Poisson lines
/// (more for large customers) across product categories with category margin rates (±5%). Quantities come from
/// list prices; the unit price is the negotiated one, so line amounts keep the drawn order value. About 2.5% of
/// lines are partly returned 3–40 days later: a separate row with negative quantity, amount and margin, order id
/// suffixed <c>-R</c>. Dealer customers buy through their dealer (channel <c>dealer</c>).
/// </summary>
internal static class DemoTransactions
{
    private const int Stream = 1;
    private const double OrderValueShape = 4.0, ReturnRate = 0.025;

    public static void Add(DemoCustomerLife life, DemoContext context, List<TransactionRecord> into)
    {
        var random = new SimulationRandom(context.Options.Seed, life.Index, Stream);
        int size = (int)life.Size;
        string? dealerId = life.Dealer >= 0 ? context.Workforce.Dealers[life.Dealer].Id : null;
        string channel = life.Channel switch { DemoContext.DealerChannel => "dealer", DemoContext.OnlineChannel => "online", _ => "direct" };
        int from = into.Count;
        bool anyReturn = false;
        Span<double> shares = stackalloc double[8];
        for (int o = 0; o < life.PurchaseDays.Count; o++)
        {
            var date = DateOnly.FromDayNumber(life.PurchaseDays[o]);
            double orderValue = Math.Max(10, random.Gamma(OrderValueShape, life.MeanSpend / OrderValueShape));
            int lines = Math.Min(shares.Length, 1 + random.Poisson(DemoCatalog.SizeExtraLines[size]));
            double total = 0;
            for (int l = 0; l < lines; l++) total += shares[l] = random.Exponential(1.0);
            string orderId = $"{life.Id}-O{o + 1:D3}";
            for (int l = 0; l < lines; l++)
            {
                int category = random.Pick(DemoCatalog.CategoryWeights[size]);
                int k = random.Next(DemoCatalog.ProductsPerCategory);
                double lineValue = orderValue * shares[l] / total;
                int quantity = Math.Max(1, (int)Math.Round(lineValue / DemoCatalog.ListPrice(category, k)));
                decimal unitPrice = Math.Max(0.01m, Math.Round((decimal)(lineValue / quantity), 2));
                decimal amount = unitPrice * quantity;
                double marginRate = DemoCatalog.CategoryMargin[category] * (1 + 0.05 * random.Normal());
                string product = DemoCatalog.Products[category][k];
                string categoryName = DemoCatalog.Categories[category];
                string lineId = $"{orderId}-{l + 1}";
                into.Add(new TransactionRecord(
                    lineId, life.Id, date, amount, Math.Round(amount * (decimal)marginRate, 2), quantity, unitPrice, orderId, product, categoryName, dealerId, channel));

                if (random.Chance(ReturnRate))
                {
                    int returnDay = life.PurchaseDays[o] + 3 + random.Next(38);
                    if (returnDay > context.EndDay) continue;
                    int returned = Math.Max(1, (int)Math.Round(quantity * random.Uniform(0.2, 1.0)));
                    decimal refund = -unitPrice * returned;
                    into.Add(new TransactionRecord(
                        lineId + "-R", life.Id, DateOnly.FromDayNumber(returnDay), refund, Math.Round(refund * (decimal)marginRate, 2), -returned, unitPrice,
                        orderId + "-R", product, categoryName, dealerId, channel));
                    anyReturn = true;
                }
            }
        }

        // Returns were appended right after their line; a stable sort puts them at their own date.
        if (anyReturn)
        {
            var sorted = into.GetRange(from, into.Count - from).OrderBy(t => t.Date).ToArray();
            for (int i = 0; i < sorted.Length; i++) into[from + i] = sorted[i];
        }
    }
}
