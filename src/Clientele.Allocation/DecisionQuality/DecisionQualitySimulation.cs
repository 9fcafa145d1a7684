using Clientele.Allocation.Evaluation;
using Clientele.Analytics.Models;
using Clientele.Analytics.Scoring;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The decision-quality simulation (spec §3, issue 5): a seeded company whose true behaviour and true responses
/// are known (<see cref="SimulatedCompanyGenerator"/>) is planned for by Clientele, by three simple rules, by the
/// informed reference (the truth but each customer's own response) and by an oracle, all with the same budget (budget share × last year's revenue) and staff hours; the next year is then
/// simulated under the truth with common random numbers and each plan's realized net value is reported. Pure and
/// deterministic per seed.
/// </summary>
public static class DecisionQualitySimulation
{
    /// <summary>Runs seeds Seed, …, Seed + seeds − 1 with <see cref="AllocationSolver.Solve(AllocationProblem, AllocationSolverOptions?)"/> and aggregates them.</summary>
    /// <param name="options">The experiment.</param>
    /// <param name="seeds">How many seeds (companies) to average over, 1 or more.</param>
    /// <param name="progress">Told the number of seeds finished after each.</param>
    /// <exception cref="ArgumentException">The options are invalid or seeds &lt; 1.</exception>
    public static DecisionQualityResult Run(DecisionQualityOptions options, int seeds, IProgress<int>? progress = null) =>
        Run(options, seeds, problem => AllocationSolver.Solve(problem), progress);

    /// <summary>One company with <see cref="AllocationSolver.Solve(AllocationProblem, AllocationSolverOptions?)"/>; see <see cref="RunSeed(DecisionQualityOptions, Func{AllocationProblem, AllocationSolution})"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="ModelFitException">BG/NBD or Gamma-Gamma could not be fitted on the simulated history.</exception>
    public static DecisionQualityRun RunSeed(DecisionQualityOptions options) => RunSeed(options, problem => AllocationSolver.Solve(problem));

    /// <summary>Runs seeds Seed, Seed + 1, …, Seed + seeds − 1 with the given solver and aggregates them.</summary>
    /// <param name="options">The experiment.</param>
    /// <param name="seeds">How many seeds (companies) to average over, 1 or more.</param>
    /// <param name="solve">The allocation solver that Clientele, the informed reference and the oracle use.</param>
    /// <param name="progress">Told the number of seeds finished after each.</param>
    /// <exception cref="ArgumentException">The options are invalid or seeds &lt; 1.</exception>
    public static DecisionQualityResult Run(DecisionQualityOptions options, int seeds, Func<AllocationProblem, AllocationSolution> solve, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(solve);
        options.Validate();
        if (seeds < 1) throw new ArgumentException($"At least one seed is needed, got {seeds}.", nameof(seeds));
        var runs = new List<DecisionQualityRun>(seeds);
        for (int s = 0; s < seeds; s++)
        {
            runs.Add(RunSeed(options with { Seed = options.Seed + s }, solve));
            progress?.Report(s + 1);
        }

        return new DecisionQualityResult(options, runs);
    }

    /// <summary>One company (seed <see cref="DecisionQualityOptions.Seed"/>): every policy's plan and outcome.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="ModelFitException">BG/NBD or Gamma-Gamma could not be fitted on the simulated history.</exception>
    public static DecisionQualityRun RunSeed(DecisionQualityOptions options, Func<AllocationProblem, AllocationSolution> solve)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(solve);
        options.Validate();
        var menu = CareCatalogue.Default;
        var company = SimulatedCompanyGenerator.Generate(options, options.Seed, menu);
        var assumed = menu.Select(o => o.AssumedEffect).ToArray();
        var first = PlanPeriod(company, options, assumed, solve);
        if (options.Periods == 1) return first.Run;

        // The loop the product runs: period 1 happens under Clientele's plan; its plan items are evaluated against the
        // model's no-action baseline and the effects recalibrated; every policy then plans period 2 for the company as
        // it stands a year later. The rules do not learn; the informed reference and the oracle know the truth again.
        // A random share of each option's plan items is held out (given nothing) as a control group: the mean
        // forecast error of the held-out customers is the bias of the model's no-action baseline for the customers
        // that option was aimed at, which the realized gains of the treated are corrected by.
        int k = menu.Count;
        var planned = first.Plans[DecisionPolicy.Clientele];
        var executed = (int[])planned.Clone();
        var holdout = new StreamRandom(options.Seed, -1, 9);
        for (int i = 0; i < company.Count; i++)
        {
            if (planned[i] != 0 && holdout.NextDouble() < options.HoldoutShare) executed[i] = 0;
        }

        var outcomes = new List<OptionOutcome>();
        for (int i = 0; i < company.Count; i++)
        {
            if (planned[i] == 0) continue;
            double surprise = NextYear.RealizedMargin(company, i, executed[i], options.MarginRate) - first.ClienteleBaseline[i];
            outcomes.Add(new OptionOutcome(menu[planned[i]].Id, first.ClienteleGain[i * k + planned[i]], surprise, IsControl: executed[i] == 0));
        }

        var assumedById = menu.ToDictionary(o => o.Id, o => o.AssumedEffect);
        var recalibration = EffectRecalibration.Recalibrate(assumedById, outcomes, options.Recalibration);
        var later = NextYear.Advance(company, executed, options.Population);
        var second = PlanPeriod(later, options, menu.Select(o => recalibration.Effects[o.Id]).ToArray(), solve);
        var firstOutcomes = first.Run.Outcomes.ToArray();
        int index = Array.FindIndex(firstOutcomes, o => o.Policy == DecisionPolicy.Clientele);
        firstOutcomes[index] = Evaluate(DecisionPolicy.Clientele, executed, company, first.Truth, first.RealizedBaseline, options.MarginRate);
        return second.Run with { FirstPeriod = firstOutcomes, Recalibration = recalibration };
    }

    /// <summary>One planning period: every policy's plan for the company as it stands, and each plan's outcome next year.</summary>
    private static PeriodResult PlanPeriod(SimulatedCompany company, DecisionQualityOptions options, OptionEffect[] effects, Func<AllocationProblem, AllocationSolution> solve)
    {
        var menu = company.Options;
        int n = company.Count, k = menu.Count;
        double revenue = company.TotalLastYearRevenue;
        double budget = options.BudgetShare * revenue;
        double hours = options.StaffHoursPerCustomer * n;

        var scoring = new ScoringOptions(MarginRate: options.MarginRate);
        var summaries = company.Summaries;
        var rfm = CustomerScoring.ScoreRfm(summaries, scoring);
        var valuation = ClienteleValuation.Value(company, options, scoring);
        var assumed = new double[n * k];
        var learned = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            var input = new OptionValuationInput(valuation.Clv[i], valuation.Survival[i]);
            for (int j = 0; j < k; j++)
            {
                assumed[i * k + j] = OptionValuation.ExpectedGain(input, effects[j]);
                learned[i * k + j] = OptionValuation.ExpectedGain(input, company.PopulationEffects[j]);
            }
        }

        var baseline = new double[n];
        var truth = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            baseline[i] = NextYear.ExpectedMargin(company, i, 0, options.MarginRate);
            for (int j = 0; j < k; j++) truth[i * k + j] = NextYear.ExpectedMargin(company, i, j, options.MarginRate) - baseline[i];
        }

        var plans = new Dictionary<string, int[]>
        {
            [DecisionPolicy.Clientele] = Solve(solve, menu, assumed, n, budget, hours),
            [DecisionPolicy.Even] = SimpleRules.Even(menu, n, budget, hours, options.Seed),
            [DecisionPolicy.ByRevenue] = SimpleRules.ByRank(menu, company.LastYearRevenue, budget, hours),
            [DecisionPolicy.ByRfm] = SimpleRules.ByRank(menu, rfm.Composite, budget, hours),
            [DecisionPolicy.Learned] = Solve(solve, menu, learned, n, budget, hours),
            [DecisionPolicy.Posterior] = Solve(solve, menu, PosteriorValuation.Gains(company, options.Population, options.MarginRate), n, budget, hours),
            [DecisionPolicy.Informed] = Solve(solve, menu, InformedValuation.Gains(company, options.MarginRate), n, budget, hours),
            [DecisionPolicy.Oracle] = Solve(solve, menu, truth, n, budget, hours),
        };

        var realizedBaseline = new double[n];
        for (int i = 0; i < n; i++) realizedBaseline[i] = NextYear.RealizedMargin(company, i, 0, options.MarginRate);
        var outcomes = DecisionPolicy.All.Select(policy => Evaluate(policy, plans[policy], company, truth, realizedBaseline, options.MarginRate)).ToArray();
        double aliveShare = company.Alive.Count(a => a) / (double)n;
        var run = new DecisionQualityRun(options.Seed, revenue, budget, hours, aliveShare, outcomes) { HazardRatio = valuation.HazardRatio };
        return new PeriodResult(run, plans, assumed, valuation.Clv, truth, realizedBaseline);
    }

    private sealed record PeriodResult(
        DecisionQualityRun Run, Dictionary<string, int[]> Plans, double[] ClienteleGain, double[] ClienteleBaseline, double[] Truth, double[] RealizedBaseline);

    private static int[] Solve(Func<AllocationProblem, AllocationSolution> solve, IReadOnlyList<CareOption> menu, double[] value, int n, double budget, double hours)
    {
        int k = menu.Count;
        var customers = new CustomerOptions[n];
        for (int i = 0; i < n; i++)
        {
            var options = new AllocationOption[k];
            for (int j = 0; j < k; j++) options[j] = new AllocationOption(menu[j].Id, menu[j].Cost, menu[j].Hours, value[i * k + j], menu[j].Category);
            customers[i] = new CustomerOptions("C" + i, "all", options);
        }

        var solution = solve(new AllocationProblem(budget, hours, customers));
        return solution.Choice.ToArray();
    }

    private static PolicyOutcome Evaluate(string policy, int[] choice, SimulatedCompany company, double[] truth, double[] realizedBaseline, double marginRate)
    {
        var menu = company.Options;
        int k = menu.Count;
        double cost = 0, hours = 0, expected = 0, realized = 0;
        int treated = 0;
        var counts = new int[k];
        for (int i = 0; i < choice.Length; i++)
        {
            int j = choice[i];
            counts[j]++;
            if (j == 0) continue;
            treated++;
            cost += menu[j].Cost;
            hours += menu[j].Hours;
            expected += truth[i * k + j];
            realized += NextYear.RealizedMargin(company, i, j, marginRate) - realizedBaseline[i];
        }

        var optionCounts = new Dictionary<string, int>();
        for (int j = 0; j < k; j++) optionCounts[menu[j].Id] = counts[j];
        return new PolicyOutcome(policy, cost, hours, treated, expected - cost, realized - cost, optionCounts.AsReadOnly());
    }
}
