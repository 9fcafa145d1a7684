using System.Text.RegularExpressions;

namespace Clientele.Cli.Tests;

/// <summary>
/// The report opened in headless chromium from a file: the page finished, every chart container reports that ECharts
/// rendered it (data-rendered="true", set on ECharts' 'finished' event) and holds an SVG, no script error was recorded,
/// and numbers and dates are in the report's culture. Screenshots go to the test output's artifacts folder.
/// </summary>
public sealed class ReportBrowserTests(ReportDemoFixture demo) : IClassFixture<ReportDemoFixture>
{
    private static void AssertRenderedWithoutErrors(string dom, int minimumCharts)
    {
        Assert.Contains("data-state=\"ready\"", dom);
        var errors = Regex.Match(dom, "<pre id=\"js-errors\"[^>]*>(.*?)</pre>", RegexOptions.Singleline);
        Assert.False(errors.Success, "script errors: " + errors.Groups[1].Value);
        var charts = Regex.Matches(dom, "<div class=\"card-body chart\"[^>]*data-rendered=\"(\\w+)\"[^>]*>(.*?)</div>\\s*(<p class=\"note\"|</figure>)", RegexOptions.Singleline);
        Assert.True(charts.Count >= minimumCharts, $"expected at least {minimumCharts} charts, found {charts.Count}");
        Assert.All(charts, c =>
        {
            Assert.Equal("true", c.Groups[1].Value);
            Assert.Contains("<svg", c.Groups[2].Value);
        });
    }

    [Fact]
    public void English_DemoReport_ChartsRenderWithoutErrors()
    {
        var dom = Chromium.DumpDom(demo.DemoReport);
        Chromium.Screenshot(demo.DemoReport, Path.Combine(ReportDemoFixture.Artifacts, "report-en.png"));

        // CLV distribution, RFM heat map, tiers, dealer ranking: the demo's snapshot and dealers give all four.
        AssertRenderedWithoutErrors(dom, minimumCharts: 4);
        Assert.Contains("Segments and tiers", dom);
        // The demo ends on 2025-12-31; English dates read "Dec 31, 2025" and money carries the yuan sign.
        Assert.Contains("Dec 31, 2025", dom);
        Assert.Matches(new Regex("¥[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}"), dom);
    }

    [Fact]
    public void Chinese_Report_ChineseLabelsDatesAndYuan()
    {
        var path = demo.File("zh-browser.html");
        Assert.Equal(0, Cli.Run("report", "--db", demo.Database, "--out", path, "--lang", "zh-CN").Code);

        var dom = Chromium.DumpDom(path);
        Chromium.Screenshot(path, Path.Combine(ReportDemoFixture.Artifacts, "report-zh-CN.png"));

        AssertRenderedWithoutErrors(dom, minimumCharts: 4);
        Assert.Contains("客户细分与分层", dom);
        Assert.Contains("2025年12月31日", dom);
        Assert.Matches(new Regex("¥[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}"), dom);
        Assert.DoesNotContain("CN¥", dom);
    }

    [Fact]
    public void EmptyStore_Report_EmptyStatesSayWhatToDo()
    {
        var database = demo.File("browser-empty.db");
        Assert.Equal(0, Cli.Run("init", "--db", database).Code);
        var path = demo.File("browser-empty.html");
        Assert.Equal(0, Cli.Run("report", "--db", database, "--out", path).Code);

        var dom = Chromium.DumpDom(path);
        Chromium.Screenshot(path, Path.Combine(ReportDemoFixture.Artifacts, "report-empty.png"), height: 3000);

        AssertRenderedWithoutErrors(dom, minimumCharts: 0);
        Assert.DoesNotContain("<svg", dom);
        Assert.Contains("No analysis snapshot yet — analyze the customers first.", dom);
        Assert.Contains("clientele analyze --db STORE", dom);
        Assert.Contains("No allocation plan in the store yet", dom);
    }
}
