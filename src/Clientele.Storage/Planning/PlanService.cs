using System.Text.Json;
using Clientele.Allocation;
using Clientele.Allocation.Policies;
using Clientele.Allocation.Staffing;
using Clientele.Allocation.Tiers;
using Clientele.Storage.Database;

namespace Clientele.Storage.Planning;

/// <summary>
/// Makes allocation plans from the store: values from the latest analysis snapshot, tiers with hysteresis
/// against the previous plan, menus by the policy, the optimizer, account managers for the options that need
/// one, and the plan stored with its inputs. Shared by the CLI (<c>clientele allocate --db</c>) and the web API,
/// so it lives beside the store rather than in a command.
/// </summary>
public static class PlanService
{
    /// <summary>
    /// The share of a median managed account's value a kept relationship may cost: a customer stays with its current
    /// manager unless moving it would put more than this share of a median account's CLV into stronger hands.
    /// </summary>
    public const double KeepToleranceShare = 0.2;

    /// <summary>Makes a plan and stores it; see <see cref="PlanService"/>.</summary>
    /// <param name="store">The open store.</param>
    /// <param name="request">Budget, staff hours, policy, period and optional proposal inputs.</param>
    /// <param name="stages">Runs the steps (progress); plain when null.</param>
    /// <exception cref="PlanningException">The store has no analysis snapshot (or an unusable one).</exception>
    /// <exception cref="AllocationInfeasibleException">No plan meets the limits; the message names the constraint and the shortfall.</exception>
    /// <exception cref="ArgumentException">A budget is negative or not finite, or a category budget names no cost category.</exception>
    public static PlanOutcome Allocate(ClienteleStore store, PlanRequest request, IPlanStages? stages = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.Budget >= 0) || !double.IsFinite(request.Budget)) throw new ArgumentException($"The budget must be a finite number ≥ 0, got {request.Budget}.", nameof(request));
        if (!(request.StaffHours >= 0)) throw new ArgumentException($"Staff hours must be ≥ 0, got {request.StaffHours}.", nameof(request));
        stages ??= PlainPlanStages.Instance;

        var (snapshot, model, previous, previousTiers, managers, currentManagers) = stages.Run("read snapshot", () =>
        {
            var s = store.ReadLatestAnalysisSnapshot() ?? throw new PlanningException(
                $"{store.Location.DisplayName} holds no analysis snapshot; run 'clientele analyze --db …' first");
            var m = SnapshotModel.From(s.Run);
            var last = store.ListPlans().LastOrDefault(p => p.Status != PlanStatus.Superseded);
            var tiers = last is null ? null : store.ReadPlanItems(last.PlanId).ToDictionary(i => i.CustomerId, i => i.Tier, StringComparer.Ordinal);
            return (s, m, last, tiers, AccountManagers(store.ReadStaff()), store.CurrentAccountManagers());
        });

        var basePolicy = request.Policy ?? AllocationPolicy.Default;
        var policy = WithEffects(basePolicy, request.Effects);
        var period = request.Period ?? PlanPeriod.After(snapshot.Run.AsOf, Math.Max(1, (int)Math.Round(policy.PeriodMonths)));
        var results = snapshot.Results;
        int n = results.Count;

        var (valuation, assignment, menuTiers) = stages.Run("value options", () =>
        {
            var inputs = new OptionValuationInput[n];
            var scores = new double[n];
            double horizon = model.HorizonUnits;
            for (int i = 0; i < n; i++)
            {
                var r = results[i];
                double clv = double.IsFinite(r.Clv) && r.Clv > 0 ? r.Clv : 0;
                double survival = double.IsFinite(r.Frequency) && double.IsFinite(r.Age) ? model.SurvivalGivenAlive(r.Frequency, r.Age, horizon) : 1;
                inputs[i] = new OptionValuationInput(clv, survival);
                scores[i] = clv;
            }

            var scheme = policy.TierScheme;
            string?[]? before = previousTiers is null ? null : results.Select(r => previousTiers.TryGetValue(r.CustomerId, out var t) && scheme.IndexOf(t) >= 0 ? t : null).ToArray();
            var tiers = TierClassifier.Assign(scores, scheme, before);
            var bumped = new HashSet<string>(request.BumpedSegments ?? [], StringComparer.Ordinal);
            var menu = new string[n];
            for (int i = 0; i < n; i++)
            {
                int k = tiers.TierIndex[i];
                menu[i] = scheme.Names[bumped.Contains(results[i].Segment) && k > 0 ? k - 1 : k];
            }

            return (inputs, tiers, menu);
        });

        var (problem, solution) = stages.Run("solve", () =>
        {
            var customers = results.Select((r, i) => new PolicyCustomer(r.CustomerId, menuTiers[i])).ToArray();
            var p = PolicyMenuBuilder.Build(policy, customers, (i, option) => OptionValuation.ExpectedGain(valuation[i], option.Effect), request.Budget, request.StaffHours, request.CategoryBudgets);
            return (p, AllocationSolver.Solve(p));
        });

        var (managerOf, staffFigures) = stages.Run("assign account managers", () => AssignManagers(policy, period, problem, solution, valuation, managers, currentManagers));

        var items = new StoredPlanItem[n];
        for (int i = 0; i < n; i++)
        {
            var o = problem.Customers[i].Options[solution.Choice[i]];
            items[i] = new StoredPlanItem(
                "", results[i].CustomerId, assignment.Tier(i), menuTiers[i], o.Id, o.Category,
                Round(o.Cost), Round(o.Hours), Round(o.Value), managerOf[i]);
        }

        var inputsRecord = new PlanInputs(
            snapshot.Run.RunId, snapshot.Run.AsOf, model.Model.Name, request.Budget, request.StaffHours,
            problem.CategoryBudgets ?? new Dictionary<string, double>(), policy, previous?.PlanId,
            (request.BumpedSegments ?? []).Order(StringComparer.Ordinal).ToList(),
            new PlanSolverFigures(solution.Objective, solution.UpperBound, solution.OptimalityGap, solution.IsExact,
                solution.ShadowPrices.Budget, solution.ShadowPrices.StaffHours, solution.ShadowPrices.CategoryBudgets, solution.Binding),
            assignment.Cuts, assignment.HeldByHysteresis, assignment.Changed, staffFigures);

        var plan = stages.Run("save plan", () =>
        {
            string json = inputsRecord.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = false });
            var saved = store.SavePlan(period.Start, period.End, request.Status, json, items, request.ProposedFrom, request.CreatedBy);
            if (request.ProposedFrom is { } source) store.SupersedeDrafts(source, saved.PlanId);
            return saved;
        });

        var stored = items.Select(i => i with { ItemId = ClienteleStore.PlanItemId(plan.PlanId, i.CustomerId) }).ToArray();
        return new PlanOutcome(plan, period, stored, inputsRecord, PlanSummary.Of(stored, policy.TierScheme.Names));
    }

    /// <summary>
    /// Drafts the plan after the evaluated one: the next period of the same length, the latest analysis snapshot,
    /// the evaluated plan's policy with the recalibrated effects, its budget (or <paramref name="budget"/>), staff
    /// hours and category budgets, and the evaluation's flagged segments planned one tier up (their customers get
    /// the next higher tier's menu and rules, so the optimizer may give them more service; the tier itself, and
    /// with it the hysteresis, is unchanged). Stored as a draft; earlier drafts proposed from the same plan are
    /// marked superseded.
    /// </summary>
    /// <param name="store">The open store.</param>
    /// <param name="evaluation">The evaluation of the plan to follow.</param>
    /// <param name="budget">The next plan's budget; the evaluated plan's when null.</param>
    /// <param name="stages">Runs the steps (progress); plain when null.</param>
    /// <exception cref="PlanningException">The store has no analysis snapshot.</exception>
    /// <exception cref="AllocationInfeasibleException">No plan meets the limits.</exception>
    public static PlanOutcome Propose(ClienteleStore store, PlanEvaluation evaluation, double? budget = null, IPlanStages? stages = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(evaluation);
        var source = evaluation.Plan;
        var inputs = PlanInputs.Parse(source.Inputs, source.PlanId);
        var period = new PlanPeriod(source.PeriodStart, source.PeriodEnd).Next();
        var request = new PlanRequest(
            budget ?? inputs.Budget, inputs.StaffHours, inputs.Policy, period,
            inputs.CategoryBudgets.Count == 0 ? null : inputs.CategoryBudgets, PlanStatus.Draft, source.PlanId,
            evaluation.Flags.Select(f => f.Segment).ToList(), evaluation.Recalibration.Effects, "evaluate --propose");
        return Allocate(store, request, stages);
    }

    /// <summary>The policy with the given options' effects replaced (their response curves dropped, the effect now being stated).</summary>
    public static AllocationPolicy WithEffects(AllocationPolicy policy, IReadOnlyDictionary<string, OptionEffect>? effects)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (effects is null || effects.Count == 0) return policy;
        // A policy states effects in [0, 1]; a recalibrated factor above 1 may push a large spend lift past that.
        var options = policy.Options.Select(o => effects.TryGetValue(o.Id, out var e)
            ? o with { Effect = new OptionEffect(Math.Clamp(e.Retention, 0, 1), Math.Clamp(e.Spend, 0, 1)), Response = null }
            : o).ToArray();
        return policy with { Options = options };
    }

    /// <summary>Whether an option of this kind needs a named account manager (personal attention), not just staff hours.</summary>
    public static bool NeedsAccountManager(OptionKind kind) => kind is OptionKind.AccountManagerVisits or OptionKind.Trip;

    /// <summary>Staff whose role names an account manager, with capacity; skill = skill level (1 when unknown).</summary>
    private static List<StaffManager> AccountManagers(IReadOnlyList<Domain.Entities.StaffMember> staff) =>
        staff.Where(s => s.Role is { } role && role.Contains("account", StringComparison.OrdinalIgnoreCase) && s.CapacityHoursPerMonth is > 0)
            .Select(s => new StaffManager(s.Id, (double)s.CapacityHoursPerMonth!.Value, Math.Max(1, s.SkillLevel ?? 1)))
            .ToList();

    private static (string?[] ManagerOf, PlanStaffFigures Figures) AssignManagers(
        AllocationPolicy policy, PlanPeriod period, AllocationProblem problem, AllocationSolution solution, OptionValuationInput[] valuation,
        List<StaffManager> managers, IReadOnlyDictionary<string, string> current)
    {
        int n = problem.Customers.Count;
        var managerOf = new string?[n];
        var needing = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var o = problem.Customers[i].Options[solution.Choice[i]];
            if (policy.Option(o.Id) is { } option && NeedsAccountManager(option.Kind)) needing.Add(i);
        }

        if (needing.Count == 0) return (managerOf, new PlanStaffFigures(managers.Count, 0, 0, 0, 0));
        double months = Math.Max(period.Months, 1e-9);
        var customers = needing.Select(i =>
        {
            var c = problem.Customers[i];
            return new StaffCustomer(c.CustomerId, valuation[i].Clv, c.Options[solution.Choice[i]].Hours / months, current.GetValueOrDefault(c.CustomerId));
        }).ToList();
        var values = customers.Select(c => c.Value).Order().ToArray();
        double tolerance = KeepToleranceShare * values[values.Length / 2];
        var assignment = StaffAssigner.Assign(managers, customers, tolerance);
        for (int k = 0; k < needing.Count; k++) managerOf[needing[k]] = assignment.ManagerOf[k];
        return (managerOf, new PlanStaffFigures(managers.Count, needing.Count, assignment.Unassigned.Count, assignment.Kept, assignment.Moved));
    }

    private static decimal Round(double x) => Math.Round((decimal)x, StoredDecimal.Scale);
}
