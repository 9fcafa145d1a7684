using System.Text;
using Microsoft.Playwright;

namespace Clientele.Web.Browser.Tests;

/// <summary>
/// The dashboard in headless chromium driven by Playwright against the real server: log in, every page, charts drawn,
/// no console errors, the language switch, the allocation page's state, an import with bad rows. Screenshots go to
/// screenshots/ under the test output folder.
/// </summary>
public sealed class DashboardBrowserTests(DashboardServer server) : IClassFixture<DashboardServer>, IAsyncLifetime
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    // An answer the page expects and handles (the browser logs every non-2xx fetch as a console error): the session
    // probe before log-in (401).
    private static readonly string[] ExpectedFailures = ["/api/auth/me"];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
    }

    [BrowserFact]
    public async Task Pages_LoggedInAdmin_EveryPageDrawsWithoutConsoleErrors()
    {
        var (page, errors) = await OpenAsync();
        await LogInAsync(page, "admin");

        foreach (var (route, charts) in new[]
        {
            ("overview", 3), ("customers", 0), ("segments", 2), ("economics", 5), ("relationship", 3), ("dealers", 2), ("churn", 1), ("allocation", 0), ("imports", 0),
        })
        {
            await GoAsync(page, route);
            var states = await page.EvalOnSelectorAllAsync<string[]>("#page .card-body", "bodies => bodies.map(b => b.getAttribute('data-state'))");
            Assert.All(states, s => Assert.True(s is "ready" or "empty", $"{route}: a card is {s}"));
            int rendered = await page.Locator("#page .chart[data-rendered='true']").CountAsync();
            int drawing = await page.Locator("#page .chart[data-rendered='false']").CountAsync();
            Assert.True(rendered >= charts, $"{route}: {rendered} charts rendered, expected at least {charts}");
            Assert.Equal(0, drawing);
            if (rendered > 0) Assert.True(await page.Locator("#page .chart svg").CountAsync() >= rendered, $"{route}: a rendered chart holds no SVG");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{route}.png"), FullPage = true });
        }

        // Customers: the table, sorting by the server, paging, and the 360 page of the first customer.
        await GoAsync(page, "customers");
        Assert.Equal(25, await page.Locator("#customer-table tbody tr").CountAsync());
        string firstOfPageOne = await page.Locator("#customer-table tbody tr td a").First.InnerTextAsync();
        await page.ClickAsync("#next-page");
        // The table is redrawn in place: wait until page two's rows are there, not merely a table.
        await page.WaitForFunctionAsync(
            "previous => document.querySelector('#customer-table tbody tr td a')?.textContent !== previous", firstOfPageOne);
        Assert.Contains("2", await page.Locator(".pager-text").InnerTextAsync());
        string first = await page.Locator("#customer-table tbody tr td a").First.InnerTextAsync();
        await page.Locator("#customer-table tbody tr td a").First.ClickAsync();
        await WaitReadyAsync(page, "customer");
        await page.WaitForFunctionAsync("id => document.querySelector('#page h1')?.textContent.includes(id)", first);
        Assert.Contains(first, await page.Locator("#page h1").InnerTextAsync());
        Assert.True(await page.Locator("#page .kpi-tile[data-kpi='clv']").CountAsync() == 1);
        // The churn card lists exactly the reasons the API gives for this customer.
        Assert.Equal(1, await page.Locator("#customer-churn #churn-reasons").CountAsync());
        int reasons = await page.EvaluateAsync<int>("async id => (await (await fetch('/api/customers/' + encodeURIComponent(id))).json()).churnRisk.reasons.length", first);
        Assert.Equal(reasons, await page.Locator("#customer-churn #churn-reasons li").CountAsync());
        Assert.Contains("Value at risk", await page.Locator("#customer-churn").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "customer-360.png"), FullPage = true });

        // From the churn list to the customer with the most value at risk: its 360 states the list's reasons, word for word.
        await GoAsync(page, "churn");
        string[] listed = await page.EvaluateAsync<string[]>("async () => (await (await fetch('/api/churn-risk?top=1')).json()).atRisk[0].reasons.map(r => r.text)");
        await page.Locator("#page table tbody tr td a").First.ClickAsync();
        await WaitReadyAsync(page, "customer");
        Assert.NotEmpty(listed);
        Assert.Equal(listed, await page.Locator("#customer-churn #churn-reasons li").AllInnerTextsAsync());

        NoErrors(errors);
    }

    [BrowserFact]
    // The only test that changes a user's language (the analyst's), so the others, as admin or viewer, read English.
    public async Task Language_SwitchToChinese_ChineseLabelsAndYuanRememberedForTheUser()
    {
        var (page, errors) = await OpenAsync();
        await LogInAsync(page, "analyst");
        await page.SelectOptionAsync("#language", "zh-CN");
        await NavSaysAsync(page, "概览");
        await WaitReadyAsync(page, "overview");

        Assert.Equal("概览", await page.Locator("#nav a[data-route='overview']").InnerTextAsync());
        Assert.Equal("zh-CN", await page.EvaluateAsync<string>("document.documentElement.lang"));
        string tiles = await page.Locator("#page .kpi-tiles").InnerTextAsync();
        Assert.Contains("¥", tiles);
        Assert.Contains("客户", tiles);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "overview-zh-CN.png"), FullPage = true });

        // A new browser (no localStorage) gets the language stored on the user when the same user logs in.
        var (fresh, freshErrors) = await OpenAsync();
        await LogInAsync(fresh, "analyst");
        Assert.Equal("概览", await fresh.Locator("#nav a[data-route='overview']").InnerTextAsync());
        await fresh.SelectOptionAsync("#language", "en");
        await NavSaysAsync(fresh, "Overview");
        await WaitReadyAsync(fresh, "overview");
        Assert.Equal("Overview", await fresh.Locator("#nav a[data-route='overview']").InnerTextAsync());

        NoErrors(errors);
        NoErrors(freshErrors);
    }

    [BrowserFact]
    public async Task Allocation_RunTwoPlansFromThePage_ListedDrawnAndCompared()
    {
        var (page, errors) = await OpenAsync();
        await LogInAsync(page, "admin");
        await GoAsync(page, "allocation");

        foreach (var (budget, hours) in new[] { ("150000", "600"), ("60000", "200") })
        {
            int before = await page.Locator("#plans-card .data-table tbody tr").CountAsync();
            await page.FillAsync("#plan-budget", budget);
            await page.FillAsync("#plan-hours", hours);
            await page.ClickAsync("#run-plan");
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#plans-card .data-table tbody tr').length === n", before + 1, new PageWaitForFunctionOptions { Timeout = 60000 });
            Assert.Contains("made", await page.Locator("#plan-notice").InnerTextAsync());
        }

        Assert.True(await page.Locator("#page .chart[data-rendered='true']").CountAsync() >= 2);
        Assert.Equal(0, await page.Locator("#page .card-body[data-empty='true']").CountAsync());
        await page.ClickAsync("#compare-go");
        await page.WaitForSelectorAsync("#compare-card .compare-out .data-table");
        await page.WaitForSelectorAsync("#compare-card .chart[data-rendered='true']");
        Assert.Contains("A plan-", await page.Locator("#compare-card .compare-out").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "allocation-plans.png"), FullPage = true });
        NoErrors(errors);
    }

    [BrowserFact]
    public async Task Imports_CsvWithBadRows_ShowsCountsAndRejectedRows()
    {
        var (page, errors) = await OpenAsync();
        await LogInAsync(page, "admin");
        await GoAsync(page, "imports");
        var csv = "customer_id,date,amount\nC000001,2025-06-01,120.50\nC000002,not-a-date,10\nC000003,2025-06-02,abc\nC000004,2025-06-03,99\n";
        await page.SelectOptionAsync("#import-entity", "transactions");
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "bad.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#import-upload");
        await page.WaitForSelectorAsync("#download-rejects");

        Assert.Equal("4", await page.Locator("#import-counts dd[data-count='read']").InnerTextAsync());
        Assert.Equal("2", await page.Locator("#import-counts dd[data-count='rejected']").InnerTextAsync());
        var rows = page.Locator("#page .card-body .data-table tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        Assert.Contains("3", await rows.Nth(0).Locator("td").First.InnerTextAsync());
        Assert.StartsWith("/api/imports/", await page.Locator("#download-rejects").GetAttributeAsync("href"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "imports-rejects.png"), FullPage = true });
        NoErrors(errors);
    }

    [BrowserFact]
    public async Task Navigation_Viewer_HasNoImportsPage()
    {
        var (page, errors) = await OpenAsync();
        await LogInAsync(page, "viewer");

        Assert.Equal(0, await page.Locator("#nav a[data-route='imports']").CountAsync());
        Assert.Equal(8, await page.Locator("#nav a").CountAsync());
        NoErrors(errors);
    }

    private static void NoErrors(List<string> errors)
    {
        lock (errors) Assert.True(errors.Count == 0, "console errors:\n" + string.Join("\n", errors));
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            if (message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal) && ExpectedFailures.Any(u => message.Location.Contains(u, StringComparison.Ordinal))) return;
            lock (errors) errors.Add($"{message.Text} at {message.Location}");
        };
        page.PageError += (_, error) => { lock (errors) errors.Add("page error: " + error); };
        await page.GotoAsync(server.Url + "/");
        return (page, errors);
    }

    private static async Task LogInAsync(IPage page, string role)
    {
        await page.WaitForSelectorAsync("#login-form");
        await page.FillAsync("#login-user", role);
        await page.FillAsync("#login-password", role + DashboardServer.PasswordSuffix);
        await page.ClickAsync("#login-form button[type=submit]");
        await WaitReadyAsync(page, "overview");
    }

    private static async Task GoAsync(IPage page, string route)
    {
        await page.EvaluateAsync("route => { location.hash = '#/' + route; }", route);
        await WaitReadyAsync(page, route);
    }

    // The shell is drawn again after a language switch: wait for the new labels before waiting for the page.
    private static Task NavSaysAsync(IPage page, string overview) =>
        page.WaitForFunctionAsync("text => document.querySelector(\"#nav a[data-route='overview']\")?.textContent === text", overview);

    private static Task WaitReadyAsync(IPage page, string route) =>
        page.WaitForSelectorAsync($"#page[data-page='{route}'][data-state='ready']", new PageWaitForSelectorOptions { Timeout = 30000 });
}
