using System.Text.Json.Nodes;
using Clientele.Allocation;
using Clientele.Analytics.Models;
using Clientele.Domain;
using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>
/// The fitted purchase model and CLV settings an analysis snapshot was made with (read back from the run's
/// settings JSON), and what planning needs from them: each customer's survival given alive over a horizon and the
/// conditional expected purchases after the snapshot's as-of day.
/// </summary>
/// <remarks>
/// <para>BG/NBD: S = ₂F₁(r + x, a; a + b + x; −H/(α + T)) (<see cref="OptionValuation.SurvivalGivenAlive"/>).</para>
/// <para>Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987): given alive at T, the drop-out rate is
/// μ ~ Gamma(s, β + T) (the likelihood of an alive customer carries e^(−μT) whatever x), and an alive customer
/// survives H with probability e^(−μH), so S = E[e^(−μH)] = ((β + T)/(β + T + H))^s — exact, no refit or
/// approximation needed.</para>
/// </remarks>
public sealed class SnapshotModel
{
    private SnapshotModel(IRepeatPurchaseModel model, BgNbdParameters? bgNbd, ParetoNbdParameters? paretoNbd, TimeUnit unit, int horizonMonths, double discount, double marginRate)
    {
        Model = model;
        BgNbd = bgNbd;
        ParetoNbd = paretoNbd;
        Unit = unit;
        HorizonMonths = horizonMonths;
        MonthlyDiscountRate = discount;
        MarginRate = marginRate;
    }

    /// <summary>The purchase model with the snapshot's parameters.</summary>
    public IRepeatPurchaseModel Model { get; }

    /// <summary>The BG/NBD parameters, or null for Pareto/NBD.</summary>
    public BgNbdParameters? BgNbd { get; }

    /// <summary>The Pareto/NBD parameters, or null for BG/NBD.</summary>
    public ParetoNbdParameters? ParetoNbd { get; }

    /// <summary>The time unit of x, T and the model rates.</summary>
    public TimeUnit Unit { get; }

    /// <summary>The CLV horizon in months.</summary>
    public int HorizonMonths { get; }

    /// <summary>The CLV discount rate per month.</summary>
    public double MonthlyDiscountRate { get; }

    /// <summary>The share of revenue that is margin (CLV is margin; 1 = revenue terms).</summary>
    public double MarginRate { get; }

    /// <summary>The CLV horizon in the model's time unit.</summary>
    public double HorizonUnits => HorizonMonths * TimeUnit.Month.Days() / Unit.Days();

    /// <summary>Reads the model from a snapshot's run.</summary>
    /// <exception cref="PlanningException">The run has no settings, or they lack a purchase model this code knows.</exception>
    public static SnapshotModel From(AnalysisRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        JsonObject settings;
        try
        {
            settings = JsonNode.Parse(run.Settings ?? "") as JsonObject ?? throw new PlanningException($"Analysis snapshot {run.RunId} has no settings; run 'clientele analyze' again.");
        }
        catch (System.Text.Json.JsonException)
        {
            throw new PlanningException($"Analysis snapshot {run.RunId} has unreadable settings; run 'clientele analyze' again.");
        }

        var purchase = settings["purchaseModel"] as JsonObject ?? throw new PlanningException($"Analysis snapshot {run.RunId} does not record its purchase model; run 'clientele analyze' again.");
        string name = purchase["model"]?.GetValue<string>() ?? "";
        int horizon = settings["horizonMonths"]?.GetValue<int>() ?? 12;
        double discount = settings["monthlyDiscountRate"]?.GetValue<double>() ?? 0.01;
        double margin = settings["marginRate"]?.GetValue<double>() ?? 1.0;
        try
        {
            if (name == Analytics.Models.BgNbd.Name)
            {
                var p = new BgNbdParameters(Number(purchase, "r"), Number(purchase, "alpha"), Number(purchase, "a"), Number(purchase, "b"));
                return new SnapshotModel(BgNbdModel.FromParameters(p), p, null, run.Unit, horizon, discount, margin);
            }

            if (name == Analytics.Models.ParetoNbd.Name)
            {
                var p = new ParetoNbdParameters(Number(purchase, "r"), Number(purchase, "alpha"), Number(purchase, "s"), Number(purchase, "beta"));
                return new SnapshotModel(ParetoNbdModel.FromParameters(p), null, p, run.Unit, horizon, discount, margin);
            }
        }
        catch (ArgumentException e)
        {
            throw new PlanningException($"Analysis snapshot {run.RunId}: {e.Message}");
        }

        throw new PlanningException($"Analysis snapshot {run.RunId} was made with purchase model '{name}', which planning does not know (BG/NBD or Pareto/NBD).");
    }

    /// <summary>S: the probability that a customer with x repeat purchases and age T, if alive now, is alive after <paramref name="horizon"/> (model units).</summary>
    public double SurvivalGivenAlive(double x, double age, double horizon)
    {
        if (BgNbd is { } bg) return OptionValuation.SurvivalGivenAlive(bg, x, age, horizon);
        var p = ParetoNbd!;
        if (!(horizon > 0)) throw new ArgumentException($"The horizon must be positive, got {horizon}.", nameof(horizon));
        return Math.Clamp(Math.Exp(p.S * (Math.Log(p.Beta + age) - Math.Log(p.Beta + age + horizon))), double.Epsilon, 1);
    }

    private static double Number(JsonObject node, string name) =>
        node[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : throw new PlanningException($"the purchase model's parameter '{name}' is missing");
}
