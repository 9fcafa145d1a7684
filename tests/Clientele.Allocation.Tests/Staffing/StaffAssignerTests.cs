using Clientele.Allocation.Staffing;

namespace Clientele.Allocation.Tests.Staffing;

public class StaffAssignerTests
{
    private static readonly StaffManager Senior = new("senior", 10, 5);
    private static readonly StaffManager Junior = new("junior", 10, 3);

    [Fact]
    public void Assign_TwoManagers_StrongestTakesTheMostValuable()
    {
        var result = StaffAssigner.Assign([Junior, Senior], [new("small", 50, 10), new("big", 100, 10)]);

        Assert.Equal(["junior", "senior"], result.ManagerOf);
        Assert.Equal([1.0, 1.0], result.Loads.Select(l => l.Utilization!.Value));
        Assert.Empty(result.Unassigned);
        Assert.Equal(100 + 50 * 3.0 / 5, result.SkillWeightedValue, 1e-12);
    }

    [Fact]
    public void Assign_StrongestFull_NextCustomerGoesToTheNextStrongestThenBackWhenItFits()
    {
        var senior = Senior with { CapacityHours = 15 };

        var result = StaffAssigner.Assign([senior, Junior], [new("x", 100, 10), new("y", 80, 10), new("z", 60, 5)]);

        // x takes 10 of the senior's 15 h; y (10 h) no longer fits there; z (5 h) does.
        Assert.Equal(["senior", "junior", "senior"], result.ManagerOf);
        Assert.Equal(new StaffLoad("senior", 15, 15, 2), result.Loads[0]);
        Assert.Equal(new StaffLoad("junior", 10, 10, 1), result.Loads[1]);
    }

    [Fact]
    public void Assign_NoRoomAnywhere_ReportsUnassigned()
    {
        var result = StaffAssigner.Assign([Senior, Junior], [new("huge", 500, 20), new("ok", 10, 4)]);

        Assert.Equal(["huge"], result.Unassigned);
        Assert.Equal([null, "senior"], result.ManagerOf);
        Assert.Equal(0.4, result.Loads[0].Utilization);
        Assert.Equal(0, result.Loads[1].Utilization);
    }

    [Theory]
    [InlineData(100, 25, "senior", 0, 1)] // loss 100 × (5 − 3)/5 = 40 > 25: moves
    [InlineData(50, 25, "junior", 1, 0)] // loss 20 ≤ 25: stays
    [InlineData(1000, 25, "senior", 0, 1)] // loss 400: moves
    [InlineData(100, 40, "junior", 1, 0)] // loss exactly at the tolerance: stays
    public void Assign_CurrentRelationship_KeptWhenTheLossIsWithinTolerance(double value, double tolerance, string expected, int kept, int moved)
    {
        var result = StaffAssigner.Assign([Senior, Junior], [new("c", value, 5, CurrentManager: "junior")], tolerance);

        Assert.Equal(expected, result.ManagerOf[0]);
        Assert.Equal(kept, result.Kept);
        Assert.Equal(moved, result.Moved);
    }

    [Fact]
    public void Assign_CurrentManagerFull_Moves()
    {
        var junior = Junior with { CapacityHours = 4 };

        var result = StaffAssigner.Assign([Senior, junior], [new("c", 10, 5, CurrentManager: "junior")], 1e9);

        Assert.Equal("senior", result.ManagerOf[0]);
        Assert.Equal(1, result.Moved);
    }

    [Fact]
    public void Assign_CurrentManagerLeft_AssignedAndCountedAsMoved()
    {
        var result = StaffAssigner.Assign([Junior], [new("c", 10, 5, CurrentManager: "gone")]);

        Assert.Equal("junior", result.ManagerOf[0]);
        Assert.Equal(1, result.Moved);
        Assert.Equal(0, result.Kept);
    }

    [Fact]
    public void Assign_KeepingCheapRelationship_LeavesStrongerManagerForTheNext()
    {
        // The big customer is on the junior: loss 50 × 2/5 = 20 ≤ 30, so it stays and the senior takes "next".
        var result = StaffAssigner.Assign([Senior, Junior], [new("big", 50, 10, "junior"), new("next", 40, 10)], 30);

        Assert.Equal(["junior", "senior"], result.ManagerOf);
        Assert.Equal(1, result.Kept);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Assign_RandomInstance_NeverExceedsCapacityAndUnassignedFitNowhere(int seed)
    {
        var random = new Random(seed);
        var managers = Enumerable.Range(0, 6).Select(i => new StaffManager("m" + i, 20 + 60 * random.NextDouble(), 1 + random.Next(5))).ToArray();
        var customers = Enumerable.Range(0, 80).Select(i => new StaffCustomer(
            "c" + i, 1000 * random.NextDouble(), 1 + 12 * random.NextDouble(), random.NextDouble() < 0.5 ? "m" + random.Next(7) : null)).ToArray();

        var result = StaffAssigner.Assign(managers, customers, 100);

        for (var m = 0; m < managers.Length; m++)
        {
            var hours = customers.Where((_, c) => result.ManagerOf[c] == managers[m].Id).Sum(c => c.RequiredHours);
            Assert.Equal(hours, result.Loads[m].HoursUsed, 1e-9);
            Assert.True(hours <= managers[m].CapacityHours + 1e-9);
        }

        Assert.NotEmpty(result.Unassigned);
        foreach (var id in result.Unassigned)
        {
            var need = customers.Single(c => c.Id == id).RequiredHours;
            Assert.All(result.Loads, l => Assert.True(l.CapacityHours - l.HoursUsed < need));
        }
    }

    [Fact]
    public void Assign_DuplicateManager_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => StaffAssigner.Assign([Senior, Senior], []));

        Assert.Contains("'senior' appears twice", e.Message);
    }

    [Fact]
    public void Assign_NegativeValue_ThrowsNamingCustomer()
    {
        var e = Assert.Throws<ArgumentException>(() => StaffAssigner.Assign([Senior], [new("c9", -1, 1)]));

        Assert.Contains("'c9'", e.Message);
    }
}
