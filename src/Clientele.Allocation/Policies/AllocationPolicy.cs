using Clientele.Allocation.Tiers;

namespace Clientele.Allocation.Policies;

/// <summary>
/// The allocation policy: how customers are tiered, what each tier gets, and the catalogue of options with their
/// costs, staff hours and expected effects. Read from a JSON policy file (<see cref="Parse"/>, format in
/// docs/policies.md) or use the documented <see cref="Default"/>.
/// </summary>
/// <param name="PeriodMonths">The length of the planning period in months (&gt; 0); option units, costs and hours are per period.</param>
/// <param name="TierBasis">Whether tier shares are shares of customers or of value.</param>
/// <param name="HysteresisMargin">The tier hysteresis margin as a fraction of the cut score, in [0, 1).</param>
/// <param name="Tiers">The tiers from best to worst.</param>
/// <param name="Options">The option catalogue.</param>
public sealed record AllocationPolicy(
    double PeriodMonths,
    TierCutBasis TierBasis,
    double HysteresisMargin,
    IReadOnlyList<TierPolicy> Tiers,
    IReadOnlyList<PolicyOption> Options)
{
    /// <summary>
    /// The built-in policy: a quarterly plan, gold / silver / standard = top 5% / next 15% / rest of customers with a
    /// 10% hysteresis margin, and a catalogue of greeting, gift, trip, retention offer, dealer support and 1, 3 or 6
    /// account-manager visits. The effects are stated assumptions (see docs/policies.md), to be recalibrated from
    /// plan-versus-actual history.
    /// </summary>
    public static AllocationPolicy Default { get; } = PolicyDefaults.Create();

    /// <summary>Reads a policy from JSON text (the file's contents) and validates it.</summary>
    /// <param name="json">The policy file's text.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> is null or blank.</exception>
    /// <exception cref="PolicyValidationException">The text is not valid JSON or breaks a rule; every problem is
    /// listed with its JSON path.</exception>
    public static AllocationPolicy Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) throw new ArgumentException("The policy text is empty.", nameof(json));
        var policy = PolicyJsonReader.Read(json);
        policy.EnsureValid();
        return policy;
    }

    /// <summary>The policy as JSON text in the policy-file format (indented).</summary>
    public string ToJson() => PolicyJsonWriter.Write(this);

    /// <summary>Every rule the policy breaks, with JSON paths as in the policy file; empty when valid.</summary>
    public IReadOnlyList<PolicyProblem> Validate() => PolicyValidator.Validate(this);

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="PolicyValidationException">The policy breaks a rule.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0) throw new PolicyValidationException(problems);
    }

    /// <summary>The tier cut scheme: the tiers' names, shares, basis and hysteresis margin.</summary>
    public TierScheme TierScheme =>
        new(Tiers.Select(t => t.Name).ToArray(), Tiers.Take(Tiers.Count - 1).Select(t => t.Share ?? 0).ToArray(), TierBasis, HysteresisMargin);

    /// <summary>Each tier's minimum and maximum service, keyed by tier name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, TierRule> TierRules =>
        Tiers.ToDictionary(t => t.Name, t => t.Rule, StringComparer.OrdinalIgnoreCase);

    /// <summary>The tier named <paramref name="name"/> (case-insensitive), or null.</summary>
    public TierPolicy? Tier(string name) => Tiers.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The catalogue option with id <paramref name="id"/> (case-insensitive), or null.</summary>
    public PolicyOption? Option(string id) => Options.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase));
}
