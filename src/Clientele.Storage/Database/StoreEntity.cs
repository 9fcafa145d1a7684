namespace Clientele.Storage.Database;

/// <summary>The kinds of rows a store counts (spec §1, plus analysis runs and allocation plans).</summary>
public enum StoreEntity
{
    /// <summary>Customers.</summary>
    Customers,

    /// <summary>Transactions (orders or order lines).</summary>
    Transactions,

    /// <summary>Interactions.</summary>
    Interactions,

    /// <summary>Investments (the cost ledger).</summary>
    Investments,

    /// <summary>Survey responses.</summary>
    SurveyResponses,

    /// <summary>Leads and opportunities.</summary>
    Leads,

    /// <summary>Dealers.</summary>
    Dealers,

    /// <summary>Staff members.</summary>
    Staff,

    /// <summary>Saved analysis snapshots (one per run).</summary>
    AnalysisRuns,

    /// <summary>Allocation plans.</summary>
    AllocationPlans,
}

/// <summary>Names of <see cref="StoreEntity"/> values in SQL and JSON.</summary>
public static class StoreEntityNames
{
    /// <summary>The table holding the entity.</summary>
    public static string Table(this StoreEntity entity) => entity switch
    {
        StoreEntity.Customers => "customers",
        StoreEntity.Transactions => "transactions",
        StoreEntity.Interactions => "interactions",
        StoreEntity.Investments => "investments",
        StoreEntity.SurveyResponses => "survey_responses",
        StoreEntity.Leads => "leads",
        StoreEntity.Dealers => "dealers",
        StoreEntity.Staff => "staff",
        StoreEntity.AnalysisRuns => "analysis_runs",
        StoreEntity.AllocationPlans => "allocation_plans",
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "Unknown entity."),
    };

    /// <summary>The camelCase name used in JSON output, e.g. <c>surveyResponses</c>.</summary>
    public static string JsonName(this StoreEntity entity)
    {
        var name = entity.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
