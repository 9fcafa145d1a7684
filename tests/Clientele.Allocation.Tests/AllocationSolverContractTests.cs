using Clientele.Allocation;

namespace Clientele.Allocation.Tests;

public class AllocationSolverContractTests
{
    private static AllocationOption None => new("none", 0, 0, 0);

    private static CustomerOptions Customer(string id, string tier, params AllocationOption[] options) => new(id, tier, options);

    [Fact]
    public void Solve_BudgetBelowTierMinimum_NamesBudgetAndShortfall()
    {
        var p = new AllocationProblem(100, double.PositiveInfinity,
            [Customer("g1", "gold", None, new("visit", 80, 2, 300)), Customer("g2", "gold", None, new("visit", 70, 2, 200))],
            new Dictionary<string, TierRule> { ["gold"] = new(MinCost: 50) });
        var e = Assert.Throws<AllocationInfeasibleException>(() => AllocationSolver.Solve(p));
        Assert.Equal("budget", e.Constraint);
        Assert.Equal(50, e.Shortfall, 9);
        Assert.Equal("budget 100 is below the 150 the tier minimums require (the cheapest allowed option of every customer); shortfall 50", e.Message);
    }

    [Fact]
    public void Solve_ZeroHoursWithMandatoryVisit_NamesStaffHours()
    {
        var p = new AllocationProblem(1000, 0,
            [Customer("g1", "gold", None, new("visit", 80, 3, 300)), Customer("s1", "silver", None)],
            new Dictionary<string, TierRule> { ["gold"] = new(MinCost: 50) });
        var e = Assert.Throws<AllocationInfeasibleException>(() => AllocationSolver.Solve(p));
        Assert.Equal("staffHours", e.Constraint);
        Assert.Equal(3, e.Shortfall, 9);
    }

    [Fact]
    public void Solve_CategoryBudgetBelowMandatorySpend_NamesCategory()
    {
        var p = new AllocationProblem(1000, 100,
            [Customer("a", "gold", new AllocationOption("gift", 40, 0, 90, "care"), new AllocationOption("trip", 300, 0, 500, "care"))],
            CategoryBudgets: new Dictionary<string, double> { ["care"] = 25 });
        var e = Assert.Throws<AllocationInfeasibleException>(() => AllocationSolver.Solve(p));
        Assert.Equal("category:care", e.Constraint);
        Assert.Equal(15, e.Shortfall, 9);
    }

    [Fact]
    public void Solve_TierWithoutAllowedOption_NamesTierAndCustomer()
    {
        var p = new AllocationProblem(1000, 100,
            [Customer("g7", "gold", None, new("gift", 30, 0, 50))],
            new Dictionary<string, TierRule> { ["gold"] = new(MinCost: 100) });
        var e = Assert.Throws<AllocationInfeasibleException>(() => AllocationSolver.Solve(p));
        Assert.Equal("tier:gold", e.Constraint);
        Assert.Equal(70, e.Shortfall, 9);
        Assert.StartsWith("tier gold: customer g7 has no option with cost in [100, ∞]", e.Message);
    }

    [Theory]
    [InlineData(double.NaN, 0, 1, "Customer c1, option bad: cost is NaN")]
    [InlineData(-1, 0, 1, "Customer c1, option bad: cost is -1")]
    [InlineData(5, -2, 1, "Customer c1, option bad: hours is -2")]
    [InlineData(5, 0, double.PositiveInfinity, "Customer c1, option bad: value is Infinity")]
    public void Solve_BadNumber_ArgumentExceptionNamesCustomerAndOption(double cost, double hours, double value, string expected)
    {
        var p = new AllocationProblem(100, 10, [Customer("c1", "x", None, new("bad", cost, hours, value))]);
        var e = Assert.Throws<ArgumentException>(() => AllocationSolver.Solve(p));
        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void Solve_EmptyMenu_ArgumentExceptionNamesCustomer()
    {
        var p = new AllocationProblem(100, 10, [Customer("c9", "x")]);
        var e = Assert.Throws<ArgumentException>(() => AllocationSolver.Solve(p));
        Assert.StartsWith("Customer c9 has an empty menu", e.Message);
    }

    [Fact]
    public void Solve_MenusWithoutNoneOption_EveryCustomerTakesSomething()
    {
        // Each must take basic (10) or premium (40); budget 60 affords one premium: the larger gain (c2: 70 − 15 = 55 vs 40).
        var p = new AllocationProblem(60, double.PositiveInfinity,
        [
            Customer("c1", "x", new AllocationOption("basic", 10, 0, 20), new AllocationOption("premium", 40, 0, 60)),
            Customer("c2", "x", new AllocationOption("basic", 10, 0, 15), new AllocationOption("premium", 40, 0, 70)),
        ]);
        var s = AllocationSolver.Solve(p);
        Assert.Equal([0, 1], s.Choice);
        Assert.Equal(10 + 30, s.Objective, 9);
        Assert.Equal(50, s.TotalCost, 9);
        Assert.True(s.IsExact);
    }

    [Fact]
    public void Solve_NoBindingConstraint_EveryoneGetsBestNetExactly()
    {
        var p = SyntheticAllocationProblem.Generate(20_000, 5) with { Budget = double.PositiveInfinity, StaffHours = double.PositiveInfinity, CategoryBudgets = [double.PositiveInfinity, double.PositiveInfinity] };
        var s = AllocationSolver.Solve(p);
        double best = 0;
        for (int i = 0; i < p.CustomerCount; i++)
        {
            double top = double.NegativeInfinity;
            for (int o = p.MenuStart[i]; o < p.MenuStart[i + 1]; o++) top = Math.Max(top, p.Value[o] - p.Cost[o]);
            best += top;
        }

        Assert.Equal(best, s.Objective, 6);
        Assert.True(s.IsExact);
        Assert.Empty(s.Binding);
        Assert.Equal(0, s.ShadowPrices.Budget);
    }

    [Fact]
    public void ShadowPrices_ReSolveWithMoreBudget_ObjectiveRisesByPriceTimesDelta()
    {
        // Budget only (hours and care unlimited): the bound is the LP value, whose slope in the budget is λ.
        var p = SyntheticAllocationProblem.Generate(50_000, 7) with { StaffHours = double.PositiveInfinity, CategoryBudgets = [double.PositiveInfinity, double.PositiveInfinity] };
        var s = AllocationSolver.Solve(p);
        double delta = p.Budget * 0.002;
        var more = AllocationSolver.Solve(p with { Budget = p.Budget + delta });
        double price = s.ShadowPrices.Budget;
        Assert.True(price > 0.1, $"price {price}");
        Assert.Equal(["budget"], s.Binding);

        // Objective: within 5% of λ·Δ (the integer plan moves in steps); bound: within 1% (LP slope, λ piecewise constant).
        Assert.InRange((more.Objective - s.Objective) / (price * delta), 0.95, 1.05);
        Assert.InRange((more.UpperBound - s.UpperBound) / (price * delta), 0.99, 1.01);
    }

    [Fact]
    public void ShadowPrices_ReSolveWithMoreHours_ObjectiveRisesByPriceTimesDelta()
    {
        var p = SyntheticAllocationProblem.Generate(50_000, 8) with { Budget = double.PositiveInfinity, CategoryBudgets = [double.PositiveInfinity, double.PositiveInfinity] };
        var s = AllocationSolver.Solve(p);
        double delta = p.StaffHours * 0.002;
        var more = AllocationSolver.Solve(p with { StaffHours = p.StaffHours + delta });
        double price = s.ShadowPrices.StaffHours;
        Assert.True(price > 1, $"price {price}");
        Assert.InRange((more.Objective - s.Objective) / (price * delta), 0.95, 1.05);
        Assert.InRange((more.UpperBound - s.UpperBound) / (price * delta), 0.99, 1.01);
    }

    [Fact]
    public void Solve_ColumnarAndRecordForms_SamePlan()
    {
        var columns = SyntheticAllocationProblem.Generate(2_000, 11);
        var customers = Enumerable.Range(0, columns.CustomerCount).Select(i => new CustomerOptions(
            $"C{i}", "standard",
            Enumerable.Range(columns.MenuStart[i], columns.MenuStart[i + 1] - columns.MenuStart[i])
                .Select(o => new AllocationOption(SyntheticAllocationProblem.OptionIds[o - columns.MenuStart[i]], columns.Cost[o], columns.Hours[o], columns.Value[o],
                    columns.Category![o] < 0 ? "none" : SyntheticAllocationProblem.CategoryNames[columns.Category[o]]))
                .ToArray())).ToArray();
        var records = new AllocationProblem(columns.Budget, columns.StaffHours, customers,
            CategoryBudgets: new Dictionary<string, double> { ["care"] = columns.CategoryBudgets![0], ["service"] = columns.CategoryBudgets[1] });
        var a = AllocationSolver.Solve(columns);
        var b = AllocationSolver.Solve(records);
        Assert.Equal(a.Objective, b.Objective, 6);
        Assert.Equal(a.Choice, b.Choice);
        Assert.Equal(a.ShadowPrices.CategoryBudgets["care"], b.ShadowPrices.CategoryBudgets["care"], 9);
    }

    [Fact]
    public void PhaseEnded_LargeProblem_ReportsEachPhaseOnceInOrder()
    {
        var phases = new List<string>();
        var options = AllocationSolverOptions.Default with { PhaseEnded = phases.Add };
        AllocationSolver.Solve(SyntheticAllocationProblem.Generate(90_000, 1), options);
        Assert.Equal(["table", "sample dual", "newton", "line searches", "lagrangian choice", "repair", "fill-up", "result"], phases);
    }

    [Fact]
    public void PhaseEnded_TwelveCustomers_BranchAndBoundWithoutSample()
    {
        var phases = new List<string>();
        AllocationSolver.Solve(SyntheticAllocationProblem.Generate(12, 1), new AllocationSolverOptions { PhaseEnded = phases.Add });
        Assert.Equal(["table", "newton", "line searches", "lagrangian choice", "repair", "fill-up", "second start", "branch and bound", "result"], phases);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Solve_ParallelAndSerial_SameBits(bool manyKinds, bool tiers)
    {
        // Parallel passes sum fixed chunks in chunk order, so the cores change nothing: not even the last bit.
        // manyKinds: costs vary per customer (more than 256 kinds), so the passes read the columns instead of kinds.
        var p = SyntheticAllocationProblem.Generate(90_000, 3);
        if (manyKinds)
        {
            var cost = (double[])p.Cost.Clone();
            for (int o = 0; o < cost.Length; o++) cost[o] *= 1 + (o / 6 % 997) * 1e-7;
            p = p with { Cost = cost };
        }

        if (tiers)
        {
            var tier = new int[p.CustomerCount];
            for (int i = 0; i < tier.Length; i++) tier[i] = i % 20 == 0 ? 0 : i % 3 == 0 ? 1 : -1;
            p = p with { Tier = tier, TierRules = [new TierRule(MinCost: 3), new TierRule(MaxCost: 40)], TierNames = ["gold", "self"] };
        }

        var a = AllocationSolver.Solve(p, new AllocationSolverOptions(Parallel: true));
        var b = AllocationSolver.Solve(p, new AllocationSolverOptions(Parallel: false));
        Assert.Equal(BitConverter.DoubleToInt64Bits(b.Objective), BitConverter.DoubleToInt64Bits(a.Objective));
        Assert.Equal(BitConverter.DoubleToInt64Bits(b.UpperBound), BitConverter.DoubleToInt64Bits(a.UpperBound));
        Assert.Equal(BitConverter.DoubleToInt64Bits(b.ShadowPrices.StaffHours), BitConverter.DoubleToInt64Bits(a.ShadowPrices.StaffHours));
        Assert.Equal(b.Choice, a.Choice);
        Assert.True(a.OptimalityGap < 1e-3, $"gap {a.OptimalityGap}");
    }
}
