namespace Clientele.Allocation.Staffing;

/// <summary>
/// Assigns account managers to customers: the strongest manager to the most valuable customer, within capacity,
/// keeping current relationships where moving them gains little.
/// </summary>
/// <remarks>
/// Customers are taken from most to least valuable (ties in input order). Each customer's candidate is the
/// strongest manager (ties in input order) with enough hours left. If its current manager m also has room and
/// the value-weighted skill loss of keeping it, <c>value × (skill(candidate) − skill(m)) / skill(candidate)</c>,
/// is at most the keep tolerance, the customer stays with m; otherwise it goes to the candidate. A customer that
/// no manager has room for is unassigned. The loss is in the unit of value (e.g. money of CLV), so a tolerance
/// of 500 keeps a relationship unless moving it would put more than 500 of value in stronger hands; tolerance 0
/// keeps only relationships with a manager as strong as the candidate.
/// </remarks>
public static class StaffAssigner
{
    /// <summary>Assigns managers to customers.</summary>
    /// <param name="managers">The account managers; distinct ids.</param>
    /// <param name="customers">The customers.</param>
    /// <param name="keepTolerance">The largest value-weighted skill loss accepted to keep a relationship (≥ 0).</param>
    /// <exception cref="ArgumentException">An id is blank or repeated, or a capacity, skill, value, hours or the
    /// tolerance is out of range.</exception>
    public static StaffAssignment Assign(IReadOnlyList<StaffManager> managers, IReadOnlyList<StaffCustomer> customers, double keepTolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(managers);
        ArgumentNullException.ThrowIfNull(customers);
        if (!(keepTolerance >= 0)) throw new ArgumentException($"The keep tolerance must be ≥ 0, got {keepTolerance}.", nameof(keepTolerance));
        var index = ManagerIndex(managers);
        CheckCustomers(customers);

        // Strongest first; a stable sort keeps input order among equals.
        var byStrength = Enumerable.Range(0, managers.Count).OrderByDescending(m => managers[m].Skill).ToArray();
        var byValue = Enumerable.Range(0, customers.Count).OrderByDescending(c => customers[c].Value).ToArray();
        var left = managers.Select(m => m.CapacityHours).ToArray();
        var used = new double[managers.Count];
        var count = new int[managers.Count];
        var managerOf = new string?[customers.Count];
        var unassigned = new List<string>();
        int kept = 0, moved = 0;
        var topSkill = managers.Count == 0 ? 1 : managers.Max(m => m.Skill);
        var served = 0.0;
        foreach (var c in byValue)
        {
            var customer = customers[c];
            var hours = customer.RequiredHours;
            var candidate = Array.FindIndex(byStrength, m => left[m] >= hours);
            candidate = candidate < 0 ? -1 : byStrength[candidate];
            var current = customer.CurrentManager is { } id && index.TryGetValue(id, out var m) ? m : -1;
            var chosen = candidate;
            if (current >= 0 && candidate >= 0 && left[current] >= hours)
            {
                var loss = customer.Value * (managers[candidate].Skill - managers[current].Skill) / managers[candidate].Skill;
                if (loss <= keepTolerance)
                {
                    chosen = current;
                    if (current != candidate && managers[current].Skill < managers[candidate].Skill) kept++;
                }
            }

            if (customer.CurrentManager is not null && chosen != current) moved++;
            if (chosen < 0)
            {
                unassigned.Add(customer.Id);
                continue;
            }

            left[chosen] -= hours;
            used[chosen] += hours;
            count[chosen]++;
            managerOf[c] = managers[chosen].Id;
            served += customer.Value * managers[chosen].Skill / topSkill;
        }

        var loads = managers.Select((m, i) => new StaffLoad(m.Id, m.CapacityHours, used[i], count[i])).ToArray();
        return new StaffAssignment(managerOf, loads, unassigned, kept, moved, served);
    }

    private static Dictionary<string, int> ManagerIndex(IReadOnlyList<StaffManager> managers)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < managers.Count; i++)
        {
            var m = managers[i] ?? throw new ArgumentException($"Manager {i} is null.", nameof(managers));
            if (string.IsNullOrWhiteSpace(m.Id)) throw new ArgumentException($"Manager {i} has a blank id.", nameof(managers));
            if (!index.TryAdd(m.Id, i)) throw new ArgumentException($"Manager '{m.Id}' appears twice.", nameof(managers));
            if (!(m.CapacityHours >= 0) || !double.IsFinite(m.CapacityHours))
            {
                throw new ArgumentException($"Manager '{m.Id}': capacity must be a finite number of hours ≥ 0, got {m.CapacityHours}.", nameof(managers));
            }

            if (!(m.Skill > 0) || !double.IsFinite(m.Skill)) throw new ArgumentException($"Manager '{m.Id}': skill must be a finite number > 0, got {m.Skill}.", nameof(managers));
        }

        return index;
    }

    private static void CheckCustomers(IReadOnlyList<StaffCustomer> customers)
    {
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i] ?? throw new ArgumentException($"Customer {i} is null.", nameof(customers));
            if (string.IsNullOrWhiteSpace(c.Id)) throw new ArgumentException($"Customer {i} has a blank id.", nameof(customers));
            if (!(c.Value >= 0) || !double.IsFinite(c.Value)) throw new ArgumentException($"Customer '{c.Id}': value must be a finite number ≥ 0, got {c.Value}.", nameof(customers));
            if (!(c.RequiredHours >= 0) || !double.IsFinite(c.RequiredHours))
            {
                throw new ArgumentException($"Customer '{c.Id}': required hours must be a finite number ≥ 0, got {c.RequiredHours}.", nameof(customers));
            }
        }
    }
}
