namespace Clientele.Reports;

/// <summary>
/// Why a section or chart is empty. Each key has a message in the dictionaries ("empty.KEY") that says what to do, and
/// most a command ("emptyCommand.KEY"), e.g. "import surveys with clientele import surveys FILE".
/// </summary>
public static class EmptyState
{
    /// <summary>The store holds no analysis snapshot: run <c>clientele analyze</c>.</summary>
    public const string NoSnapshot = "noSnapshot";

    /// <summary>No customer of the snapshot has a CLV.</summary>
    public const string NoClv = "noClv";

    /// <summary>The store holds no transactions (in the period).</summary>
    public const string NoTransactions = "noTransactions";

    /// <summary>No dealer is stored and no transaction names one.</summary>
    public const string NoDealers = "noDealers";

    /// <summary>No survey responses in the period.</summary>
    public const string NoSurveys = "noSurveys";

    /// <summary>No investments in the period.</summary>
    public const string NoInvestments = "noInvestments";

    /// <summary>No complaints or survey answers to show in the relationship section.</summary>
    public const string NoCohorts = "noCohorts";

    /// <summary>No customer has a value at risk.</summary>
    public const string NoRisk = "noRisk";

    /// <summary>The store holds no allocation plan.</summary>
    public const string NoPlan = "noPlan";

    /// <summary>The latest plan has no items.</summary>
    public const string EmptyPlan = "emptyPlan";
}
