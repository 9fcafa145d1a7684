using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clientele.Reports.Tests;

/// <summary>The HTML file is self-contained, carries the store's data as JSON and speaks the language asked for.</summary>
public sealed class HtmlReportTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private static string Render(SmallStore small, string language = "en")
    {
        using var store = small.Open();
        return HtmlReport.Render(ReportDataBuilder.Build(store, new ReportOptions(language), At));
    }

    private static JsonElement EmbeddedJson(string html, string id)
    {
        var match = Regex.Match(html, $"<script type=\"application/json\" id=\"{id}\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no embedded JSON {id}");
        return JsonDocument.Parse(match.Groups[1].Value).RootElement;
    }

    [Fact]
    public void Render_SmallStore_NoExternalReferences()
    {
        using var small = new SmallStore();

        var html = Render(small);

        // Nothing is loaded from elsewhere: no script, stylesheet, image or frame with a src/href of its own outside data: URLs.
        Assert.DoesNotMatch(new Regex("<(script|link|img|iframe)\\b[^>]*\\b(src|href)\\s*=", RegexOptions.IgnoreCase), StripInlineScripts(html));
        Assert.DoesNotMatch(new Regex("\\b(src|href)\\s*=\\s*[\"']?(https?:)?//", RegexOptions.IgnoreCase), StripInlineScripts(html));
        Assert.DoesNotContain("@import", html);
        // The import map resolves every module to an inline data: URL.
        var imports = JsonDocument.Parse(Regex.Match(html, "<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value)
            .RootElement.GetProperty("imports");
        Assert.Contains(imports.EnumerateObject(), p => p.Name == "clientele/report.js");
        Assert.All(imports.EnumerateObject(), p => Assert.StartsWith("data:text/javascript;base64,", p.Value.GetString()));
        Assert.Contains("echarts", html);
    }

    [Fact]
    public void Render_SmallStore_EmbeddedJsonHoldsTheStoreFigures()
    {
        using var small = new SmallStore();

        var data = EmbeddedJson(Render(small), "report-data");

        var segments = data.GetProperty("segments").GetProperty("segments").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("customers").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Lost"] = 5, ["Champions"] = 3, ["New"] = 2 }, segments);
        var tiles = data.GetProperty("overview").GetProperty("tiles").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("value").GetDouble());
        Assert.Equal(10, tiles["customers"]);
        Assert.Equal(5500, tiles["totalClv"], 9);
        Assert.Equal("plan-2026", data.GetProperty("plan").GetProperty("planId").GetString());
        Assert.Equal("2025-10-10", data.GetProperty("period").GetProperty("to").GetString());
        Assert.Equal("CNY", data.GetProperty("currency").GetString());
    }

    [Fact]
    public void Render_English_EnglishTitleAndDictionary()
    {
        using var small = new SmallStore();

        var html = Render(small, "en");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<title>Customer value report · ", html);
        Assert.Equal("Segments and tiers", EmbeddedJson(html, "report-i18n").GetProperty("section.segments").GetString());
        Assert.DoesNotContain("id=\"report-i18n-fallback\"", html);
    }

    [Fact]
    public void Render_SimplifiedChinese_ChineseTitleDictionaryAndEnglishFallback()
    {
        using var small = new SmallStore();

        var html = Render(small, "zh-CN");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<title>客户价值报告 · ", html);
        var dictionary = EmbeddedJson(html, "report-i18n");
        Assert.Equal("客户细分与分层", dictionary.GetProperty("section.segments").GetString());
        Assert.Equal("金牌", dictionary.GetProperty("tier.gold").GetString());
        Assert.Equal("zh-CN", EmbeddedJson(html, "report-data").GetProperty("language").GetString());
        Assert.Equal("Segments and tiers", EmbeddedJson(html, "report-i18n-fallback").GetProperty("section.segments").GetString());
    }

    [Fact]
    public void Render_EmptyStore_EmptyStatesInTheData()
    {
        using var small = new SmallStore(withData: false);

        var data = EmbeddedJson(Render(small), "report-data");

        Assert.Equal("noSnapshot", data.GetProperty("segments").GetProperty("empty").GetString());
        Assert.Equal("noPlan", data.GetProperty("plan").GetProperty("empty").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("period").ValueKind);
    }

    [Fact]
    public void Dictionaries_SameKeysInEveryLanguage()
    {
        var english = Keys("en");

        foreach (var language in ReportLanguage.All)
        {
            var keys = Keys(language);
            Assert.Empty(english.Except(keys));
        }

        static HashSet<string> Keys(string language) =>
            JsonDocument.Parse(FrontendAssets.Read($"i18n/{language}.json")).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
    }

    [Fact]
    public void Render_StoreNameWithMarkup_IsEscaped()
    {
        var data = new Model.ReportData("en", "CNY", At, "</script><script>alert(1)</script>", null, null,
            new Model.OverviewSection([], "revenue", [], "noTransactions", [], "noSnapshot", null, "noTransactions"),
            new Model.SegmentsSection("noSnapshot", [], [], []), new Model.EconomicsSection("noTransactions", [], [], [], [], [], [], []),
            new Model.RelationshipSection("noTransactions", [], null, [], null), new Model.DealersSection("noTransactions", 0, null, []),
            new Model.ChurnRiskSection("noSnapshot", null, 0, 0, []), new Model.PlanSection("noPlan", null, null, null, null, null, 0, 0, 0, 0, []));

        var html = HtmlReport.Render(data);

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal("</script><script>alert(1)</script>", EmbeddedJson(html, "report-data").GetProperty("store").GetString());
    }

    // The inline scripts' text (ECharts, the bootstrap) is code, not markup; the checks above are about the page's tags.
    private static string StripInlineScripts(string html) =>
        Regex.Replace(html, "(<script\\b[^>]*>)(.*?)(</script>)", "$1$3", RegexOptions.Singleline | RegexOptions.IgnoreCase);
}
