using System.Diagnostics;
using Clientele.Analytics.Models;
using Xunit.Abstractions;

namespace Clientele.Analytics.Tests.Models;

/// <summary>Scratch.</summary>
/// <param name="output">Output.</param>
public class ParetoNbdScratchTests(ITestOutputHelper output)
{
    /// <summary>Scratch.</summary>
    [Fact]
    public void Scratch()
    {
        foreach (var (name, rows) in new[] { ("exact", ParetoNbdCdnow.Exact) })
        {
            var data = ParetoNbdCdnow.Compress(rows);
            ParetoNbd.Fit(data);
            var sw = Stopwatch.StartNew();
            var m = ParetoNbd.Fit(data);
            sw.Stop();
            output.WriteLine($"{name}: rows {data.Count} {sw.ElapsedMilliseconds} ms LL {m.LogLikelihood:R} it {m.Diagnostics!.Iterations} fe {m.Diagnostics.FunctionEvaluations} {m.Diagnostics.ExitReason} g {m.Diagnostics.GradientNorm}");
            foreach (var p in m.Parameters) output.WriteLine($"  {p.Name} {p.Value:R} se {p.StandardError:R}");
            output.WriteLine($"  E52 {m.ExpectedPurchases(52):R} cond {m.ConditionalExpectedPurchases(52, 26, 30.86, 31):R} pa {m.ProbabilityAlive(26, 30.86, 31):R}");
        }
        var g = ParetoNbdModel.FromParameters(new ParetoNbdParameters(0.55, 10.58, 0.61, 11.67));
        output.WriteLine($"{g.ConditionalExpectedPurchases(10, 132, 200, 200):R} {g.ConditionalExpectedPurchases(10, 133, 200, 200):R}");
        var h = ParetoNbdModel.FromParameters(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562));
        output.WriteLine($"pa {h.ProbabilityAlive(26, 30.86, 31):R} {h.ProbabilityAlive(26, 216/7.0, 31):R}");
        var btyd = ParetoNbdModel.FromParameters(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562));
        output.WriteLine($"btyd pa {btyd.ProbabilityAlive(26, 30.86, 31):R} {btyd.ProbabilityAlive(26, 216/7.0, 31):R} cond {btyd.ConditionalExpectedPurchases(52, 26, 30.86, 31):R} {btyd.ConditionalExpectedPurchases(52, 26, 216/7.0, 31):R} E52 {btyd.ExpectedPurchases(52):R}");
        foreach (var x in new[]{10,15,20,25}) output.WriteLine($"x={x} {btyd.ConditionalExpectedPurchases(52, x, 20, 39):R}");
        output.WriteLine(string.Join(" ", Enumerable.Range(0, 10).Select(t => btyd.ExpectedPurchases(t).ToString("F8"))));
    }
}
