using Clientele.Analytics.Simulation;

namespace Clientele.Analytics.Tests.Simulation;

/// <summary>The default 5,000-customer demo company, generated once for the statistical tests.</summary>
internal static class DemoCompanyFixture
{
    private static readonly Lazy<DemoCompany> Lazy = new(() => DemoCompanyGenerator.Generate(new DemoCompanyOptions()));

    public static DemoCompany Default => Lazy.Value;
}
