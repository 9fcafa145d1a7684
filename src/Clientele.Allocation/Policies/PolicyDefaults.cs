using Clientele.Allocation.Tiers;
using Clientele.Domain.Entities;

namespace Clientele.Allocation.Policies;

/// <summary>
/// The built-in policy's numbers. They are assumptions of plausible magnitude, not measurements: a greeting averts
/// 1% of a customer's churn risk, a gift 4%, a trip 15%, a retention offer 8%; account-manager visits approach 40%
/// of churn risk averted and a 12% spend lift, half of that at 3 visits a quarter (κ = 3, α = 1). The plan-versus-
/// actual loop is meant to replace them with effects recalibrated from history.
/// </summary>
internal static class PolicyDefaults
{
    public static AllocationPolicy Create()
    {
        var visits = new OptionResponse(MaxRetention: 0.40, MaxSpend: 0.12, Alpha: 1.0, Kappa: 3.0);
        PolicyOption[] options =
        [
            new("greeting", OptionKind.Greeting, CostCategory.CustomerService, 3, 0.1, 1, new OptionEffect(0.01, 0)),
            new("gift", OptionKind.Gift, CostCategory.MarketingPromotion, 40, 0.25, 1, new OptionEffect(0.04, 0.02)),
            new("trip", OptionKind.Trip, CostCategory.MarketingPromotion, 1500, 8, 1, new OptionEffect(0.15, 0.05)),
            new("retention-offer", OptionKind.RetentionOffer, CostCategory.MarketingPromotion, 30, 0.5, 1, new OptionEffect(0.08, 0)),
            new("dealer-support", OptionKind.DealerSupport, CostCategory.ChannelPartner, 200, 1, 1, new OptionEffect(0.05, 0.08)),
            PolicyOption.WithResponse("am-visits-1", OptionKind.AccountManagerVisits, CostCategory.People, 150, 3, 1, visits),
            PolicyOption.WithResponse("am-visits-3", OptionKind.AccountManagerVisits, CostCategory.People, 150, 3, 3, visits),
            PolicyOption.WithResponse("am-visits-6", OptionKind.AccountManagerVisits, CostCategory.People, 150, 3, 6, visits),
        ];
        TierPolicy[] tiers =
        [
            new("gold", 0.05, ServiceLevel.DedicatedAccountManager, CareProgram.Trip, 1,
                ["greeting", "gift", "trip", "retention-offer", "dealer-support", "am-visits-1", "am-visits-3", "am-visits-6"]),
            new("silver", 0.15, ServiceLevel.Standard, CareProgram.Gifts, 0.5,
                ["greeting", "gift", "retention-offer", "dealer-support", "am-visits-1"], MaxCost: 500),
            new("standard", null, ServiceLevel.SelfService, CareProgram.Greetings, 0,
                ["greeting", "retention-offer"], MaxCost: 50),
        ];
        return new AllocationPolicy(3, TierCutBasis.CustomerShare, 0.10, tiers, options);
    }
}
