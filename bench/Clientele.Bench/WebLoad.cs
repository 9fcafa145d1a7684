using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Clientele.Bench;

/// <summary>
/// Closed-loop HTTP load on a running `clientele serve`: N clients, each sending its next request as soon as the last
/// one answered (no think time), for a fixed duration, cycling overview (GET /api/status, GET /api/segments) and
/// customer search (GET /api/customers?search=PREFIX with an id or a name prefix). Reports count, errors and the
/// p50 / p95 / p99 / max latency per kind. Only for loopback servers.
/// </summary>
internal static class WebLoad
{
    public static async Task<int> RunAsync(string baseUrl, string apiKey, int clients, TimeSpan duration)
    {
        var uri = new Uri(baseUrl);
        if (!uri.IsLoopback) throw new ArgumentException("The load benchmark only targets loopback addresses.", nameof(baseUrl));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = uri };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);

        // Search terms: id prefixes of 5 characters and the first words of real names, as a person would type them.
        var page = await http.GetFromJsonAsync<JsonElement>("/api/customers?pageSize=500&sort=name");
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).OfType<string>()
            .Select(n => n.Split(' ')[0]).Distinct().ToArray();
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
        var terms = ids.Select(id => id[..Math.Min(5, id.Length)]).Concat(names).Distinct().ToArray();
        Console.WriteLine($"{clients} clients for {duration.TotalSeconds:F0} s against {baseUrl}; {terms.Length} search terms (e.g. {string.Join(", ", terms.Take(4))})");

        // Warm-up: the first request of each kind fills the per-run caches and JIT-compiles the handlers.
        foreach (var warm in new[] { "/api/status", "/api/segments", $"/api/customers?search={terms[0]}" }) (await http.GetAsync(warm)).EnsureSuccessStatusCode();

        var kinds = new[] { "status", "segments", "search" };
        var latencies = kinds.ToDictionary(k => k, _ => new List<double>[clients]);
        var errors = new long[clients];
        var stop = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            foreach (var k in kinds) latencies[k][c] = [];
            for (long i = c; stop.Elapsed < duration; i++)
            {
                string kind = kinds[i % 3];
                string url = kind switch
                {
                    "status" => "/api/status",
                    "segments" => "/api/segments",
                    _ => $"/api/customers?search={Uri.EscapeDataString(terms[random.Next(terms.Length)])}&pageSize=20",
                };
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode) errors[c]++;
                }
                catch (HttpRequestException)
                {
                    errors[c]++;
                }

                latencies[kind][c].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        double seconds = stop.Elapsed.TotalSeconds;

        long total = 0;
        foreach (var kind in kinds)
        {
            var all = latencies[kind].SelectMany(l => l).Order().ToArray();
            total += all.Length;
            Console.WriteLine($"{kind,-9} {all.Length,8:N0} requests  p50 {Percentile(all, 0.50),7:F1} ms  p95 {Percentile(all, 0.95),7:F1} ms  p99 {Percentile(all, 0.99),7:F1} ms  max {all[^1],7:F1} ms");
        }

        long errorCount = errors.Sum();
        Console.WriteLine($"total {total:N0} requests in {seconds:F1} s ({total / seconds:N0}/s), errors {errorCount}");
        return errorCount == 0 ? 0 : 1;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
