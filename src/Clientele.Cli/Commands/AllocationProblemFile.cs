using System.Text.Json;
using Clientele.Allocation;

namespace Clientele.Cli.Commands;

/// <summary>
/// Reads an allocation problem from JSON: <c>{"budget", "staffHours", "customers": [{"id", "tier", "options":
/// [{"id", "cost", "hours", "value", "category"}]}], "tierRules": {tier: {"minCost", "maxCost"}},
/// "categoryBudgets": {category: amount}}</c>. A missing or null staffHours, maxCost or category budget means
/// unlimited; hours default to 0, the tier to "standard", the category to "other". Every error names the file and
/// the JSON path of the offending field.
/// </summary>
internal static class AllocationProblemFile
{
    public static AllocationProblem Read(string path)
    {
        if (!File.Exists(path)) throw new UserInputException($"--problem: file '{path}' does not exist");
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new UserInputException($"{path}: invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
        }

        using (document)
        {
            var reader = new Reader(path);
            return reader.Problem(document.RootElement);
        }
    }

    private sealed class Reader(string file)
    {
        public AllocationProblem Problem(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "$", "an object");
            double budget = Number(Required(root, "budget", "$"), "$.budget");
            double staffHours = Optional(root, "staffHours") is { } h ? Number(h, "$.staffHours") : double.PositiveInfinity;
            var customersNode = Required(root, "customers", "$");
            Expect(customersNode, JsonValueKind.Array, "$.customers", "an array");
            var customers = new List<CustomerOptions>(customersNode.GetArrayLength());
            int i = 0;
            foreach (var c in customersNode.EnumerateArray())
            {
                customers.Add(Customer(c, $"$.customers[{i++}]"));
            }

            Dictionary<string, TierRule>? tierRules = null;
            if (Optional(root, "tierRules") is { } rules)
            {
                Expect(rules, JsonValueKind.Object, "$.tierRules", "an object of tier: {minCost, maxCost}");
                tierRules = new Dictionary<string, TierRule>(StringComparer.Ordinal);
                foreach (var rule in rules.EnumerateObject())
                {
                    string at = $"$.tierRules.{rule.Name}";
                    Expect(rule.Value, JsonValueKind.Object, at, "an object {minCost, maxCost}");
                    double min = Optional(rule.Value, "minCost") is { } lo ? Number(lo, at + ".minCost") : 0;
                    double max = Optional(rule.Value, "maxCost") is { } hi ? Number(hi, at + ".maxCost") : double.PositiveInfinity;
                    if (min > max) throw Error(at, $"minCost {min} is above maxCost {max}");
                    tierRules[rule.Name] = new TierRule(min, max);
                }
            }

            Dictionary<string, double>? categoryBudgets = null;
            if (Optional(root, "categoryBudgets") is { } budgets)
            {
                Expect(budgets, JsonValueKind.Object, "$.categoryBudgets", "an object of category: amount");
                categoryBudgets = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var b in budgets.EnumerateObject())
                {
                    categoryBudgets[b.Name] = b.Value.ValueKind == JsonValueKind.Null ? double.PositiveInfinity : Number(b.Value, $"$.categoryBudgets.{b.Name}");
                }
            }

            return new AllocationProblem(budget, staffHours, customers, tierRules, categoryBudgets);
        }

        private CustomerOptions Customer(JsonElement c, string at)
        {
            Expect(c, JsonValueKind.Object, at, "an object {id, tier, options}");
            string id = Text(Required(c, "id", at), at + ".id");
            string tier = Optional(c, "tier") is { } t ? Text(t, at + ".tier") : "standard";
            var optionsNode = Required(c, "options", at);
            Expect(optionsNode, JsonValueKind.Array, at + ".options", "an array");
            var options = new List<AllocationOption>(optionsNode.GetArrayLength());
            int j = 0;
            foreach (var o in optionsNode.EnumerateArray())
            {
                string oat = $"{at}.options[{j++}]";
                Expect(o, JsonValueKind.Object, oat, "an object {id, cost, hours, value, category}");
                options.Add(new AllocationOption(
                    Text(Required(o, "id", oat), oat + ".id"),
                    Number(Required(o, "cost", oat), oat + ".cost"),
                    Optional(o, "hours") is { } h ? Number(h, oat + ".hours") : 0,
                    Number(Required(o, "value", oat), oat + ".value"),
                    Optional(o, "category") is { } cat ? Text(cat, oat + ".category") : "other"));
            }

            return new CustomerOptions(id, tier, options);
        }

        private static JsonElement? Optional(JsonElement parent, string name) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private JsonElement Required(JsonElement parent, string name, string at) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? value
                : throw Error($"{at}.{name}", "is missing");

        private double Number(JsonElement e, string at) =>
            e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out double x) ? x : throw Error(at, $"expected a number, found {Describe(e)}");

        private string Text(JsonElement e, string at) => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString()!,
            JsonValueKind.Number => e.GetRawText(),
            _ => throw Error(at, $"expected a string, found {Describe(e)}"),
        };

        private void Expect(JsonElement e, JsonValueKind kind, string at, string what)
        {
            if (e.ValueKind != kind) throw Error(at, $"expected {what}, found {Describe(e)}");
        }

        private static string Describe(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => $"the string \"{e.GetString()}\"",
            JsonValueKind.Number => $"the number {e.GetRawText()}",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
            _ => "null",
        };

        private UserInputException Error(string at, string message) => new($"{file}: {at}: {message}");
    }
}
