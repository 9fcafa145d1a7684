using Clientele.Storage.Database;

namespace Clientele.Web.Endpoints;

/// <summary>The entity names of import and export URLs (as the CLI's: customers, transactions, …, surveys).</summary>
public static class EntityNames
{
    /// <summary>URL name → entity.</summary>
    public static IReadOnlyDictionary<string, StoreEntity> All { get; } = new Dictionary<string, StoreEntity>(StringComparer.OrdinalIgnoreCase)
    {
        ["customers"] = StoreEntity.Customers,
        ["transactions"] = StoreEntity.Transactions,
        ["interactions"] = StoreEntity.Interactions,
        ["investments"] = StoreEntity.Investments,
        ["surveys"] = StoreEntity.SurveyResponses,
        ["leads"] = StoreEntity.Leads,
        ["dealers"] = StoreEntity.Dealers,
        ["staff"] = StoreEntity.Staff,
    };

    /// <summary>The names, for messages.</summary>
    public static string List => string.Join(", ", All.Keys);
}
