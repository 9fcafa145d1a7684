namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// The simulation's menu (issue 5: no extra action, greeting, gift, retention offer, account-manager visits, trip)
/// with costs, staff hours and ASSUMED effects — stated assumptions of the kind a policy file holds, with
/// diminishing returns: each step up costs several times more and adds less effect per unit of money.
/// Every customer gets the same menu; index 0 is "none".
/// </summary>
public static class CareCatalogue
{
    /// <summary>The menu, cheapest first: none, greeting, gift, retention-offer, am-visits, trip.</summary>
    public static IReadOnlyList<CareOption> Default { get; } =
    [
        new("none", 0, 0, "none", OptionEffect.None),
        new("greeting", 8, 0.05, "marketing", new OptionEffect(0.02, 0.01)),
        new("gift", 60, 0.25, "marketing", new OptionEffect(0.07, 0.03)),
        new("retention-offer", 150, 1, "sales", new OptionEffect(0.25, 0.02)),
        new("am-visits", 400, 8, "account-management", new OptionEffect(0.20, 0.10)),
        new("trip", 1_800, 6, "marketing", new OptionEffect(0.30, 0.12)),
    ];

    /// <summary>
    /// The options a care programme ranks customers into, richest first (trip, am-visits, gift, greeting): what the
    /// simple rules hand out. The retention offer is left out: a rule that ranks by revenue or RFM has no notion
    /// of risk to aim it at.
    /// </summary>
    public static IReadOnlyList<string> ProgrammeLadder { get; } = ["trip", "am-visits", "gift", "greeting"];
}
