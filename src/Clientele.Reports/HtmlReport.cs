using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clientele.Reports.Model;

namespace Clientele.Reports;

/// <summary>
/// Writes the report as ONE self-contained HTML file: inline CSS, the inline ECharts build, the chart and report
/// modules as data: URLs behind an import map, the dictionaries and the data as embedded JSON. It opens with no network.
/// </summary>
public static class HtmlReport
{
    /// <summary>The module specifier prefix the front-end modules import each other by (an import map resolves it).</summary>
    public const string ModulePrefix = "clientele/";

    /// <summary>The report as HTML text.</summary>
    /// <exception cref="ArgumentNullException">The data is null.</exception>
    public static string Render(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var writer = new StringWriter();
        Write(data, writer);
        return writer.ToString();
    }

    /// <summary>Writes the report's HTML to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">The data or writer is null.</exception>
    public static void Write(ReportData data, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(writer);
        string dictionaryText = FrontendAssets.Read($"i18n/{data.Language}.json");
        var dictionary = JsonNode.Parse(dictionaryText)!.AsObject();
        string Label(string key) => dictionary[key]?.GetValue<string>() ?? key;

        writer.Write("<!DOCTYPE html>\n<html lang=\"");
        writer.Write(data.Language);
        writer.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta name=\"generator\" content=\"Clientele\">\n<title>");
        writer.Write(Escape($"{Label("report.title")} · {data.Store}"));
        writer.Write("</title>\n<style>\n");
        writer.Write(FrontendAssets.Read("report.css"));
        writer.Write("\n</style>\n</head>\n<body>\n");
        // Errors of any script land in the page, so a headless browser's DOM dump shows them (the browser test reads it).
        writer.Write("<script>window.clienteleErrors=[];(function(){function note(m){window.clienteleErrors.push(String(m));" +
            "var e=document.getElementById('js-errors');if(!e){e=document.createElement('pre');e.id='js-errors';e.className='js-errors';" +
            "(document.body||document.documentElement).appendChild(e);}e.textContent=window.clienteleErrors.join('\\n');}" +
            "window.addEventListener('error',function(ev){note('error: '+ev.message+' at '+(ev.filename||'')+':'+(ev.lineno||0));});" +
            "window.addEventListener('unhandledrejection',function(ev){note('unhandled rejection: '+(ev.reason&&ev.reason.stack||ev.reason));});})();</script>\n");
        writer.Write("<main id=\"report\" data-state=\"loading\"><p class=\"loading\">");
        writer.Write(Escape(Label("common.loading")));
        writer.Write("</p></main>\n<noscript><p>");
        writer.Write(Escape(Label("report.noScript")));
        writer.Write("</p></noscript>\n<script>\n");
        writer.Write(FrontendAssets.Read(FrontendAssets.Echarts));
        writer.Write("\n</script>\n");
        WriteJson(writer, "report-data", ReportJson.Serialize(data));
        WriteJson(writer, "report-i18n", Compact(dictionaryText));
        if (data.Language != ReportLanguage.English) WriteJson(writer, "report-i18n-fallback", Compact(FrontendAssets.Read("i18n/en.json")));

        var imports = new JsonObject();
        foreach (var module in FrontendAssets.Modules)
        {
            imports[ModulePrefix + module] = "data:text/javascript;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(FrontendAssets.Read(module)));
        }

        writer.Write("<script type=\"importmap\">");
        writer.Write(new JsonObject { ["imports"] = imports }.ToJsonString());
        writer.Write("</script>\n<script type=\"module\">\nimport { renderReport } from \"clientele/report.js\";\n" +
            "const json = (id) => { const e = document.getElementById(id); return e ? JSON.parse(e.textContent) : {}; };\n" +
            "renderReport(document.getElementById(\"report\"), json(\"report-data\"), json(\"report-i18n\"), json(\"report-i18n-fallback\"));\n</script>\n");
        writer.Write("</body>\n</html>\n");
    }

    // Only the characters markup gives meaning to: Chinese text stays readable in the file (WebUtility would write &#23458;).
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static void WriteJson(TextWriter writer, string id, string json)
    {
        writer.Write("<script type=\"application/json\" id=\"");
        writer.Write(id);
        writer.Write("\">");
        writer.Write(json);
        writer.Write("</script>\n");
    }

    // Re-serializing with the default encoder escapes '<' and '&', so a dictionary entry cannot close the script element.
    private static string Compact(string json) => JsonSerializer.Serialize(JsonNode.Parse(json), ReportJson.Options);
}
