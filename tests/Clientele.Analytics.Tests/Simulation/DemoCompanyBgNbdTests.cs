using Clientele.Analytics.Models;
using Clientele.Analytics.Summary;
using Clientele.Domain;

namespace Clientele.Analytics.Tests.Simulation;

public sealed class DemoCompanyBgNbdTests
{
    [Fact]
    public void BgNbdFit_DemoTransactions_RoughlyRecoversTheTrueParameters()
    {
        var c = DemoCompanyFixture.Default;
        // Returns are not purchases; order lines of one day merge into one purchase day in the summary.
        var purchases = c.Transactions.Where(t => t.Amount > 0).Select(t => t.ToTransaction());
        var summary = CustomerSummaryBuilder.FromTransactions(purchases, new SummaryPeriod(c.Options.EndDate, TimeUnit.Week));

        var fit = BgNbd.Fit(summary.ToRepeatPurchaseData()).Values;

        var o = c.Options;
        Assert.Equal(o.R, fit.R, 0.1 * o.R);
        Assert.Equal(o.Alpha, fit.Alpha, 0.1 * o.Alpha);
        Assert.Equal(o.A, fit.A, 0.2 * o.A);
        Assert.Equal(o.B, fit.B, 0.25 * o.B);
    }
}
