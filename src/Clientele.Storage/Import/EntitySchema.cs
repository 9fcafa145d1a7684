using Clientele.Storage.Database;

namespace Clientele.Storage.Import;

/// <summary>
/// The fields an import file can hold for one entity: the snake_case names of spec §1 (the default column
/// names), which are required, and the prefix of extra columns (customer attributes, survey dimension scores).
/// </summary>
internal sealed class EntitySchema
{
    private readonly int[] required;

    private EntitySchema(StoreEntity entity, string[] fields, string[] required, string? extraPrefix)
    {
        Entity = entity;
        Fields = fields;
        this.required = required.Select(r => Array.IndexOf(fields, r)).ToArray();
        ExtraPrefix = extraPrefix;
    }

    public StoreEntity Entity { get; }

    public IReadOnlyList<string> Fields { get; }

    public string? ExtraPrefix { get; }

    public int Slot(string field)
    {
        // Callers pass the same string literals the schema holds (interned): a reference match first, millions of times per import.
        var fields = (string[])Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            if (ReferenceEquals(fields[i], field)) return i;
        }

        return Array.IndexOf(fields, field);
    }

    /// <summary>Required fields without a column. The id never is (a missing id column means derived ids).</summary>
    public IEnumerable<int> RequiredSlots(bool[] bound)
    {
        foreach (int slot in required)
        {
            if (bound[slot]) continue;

            // Order lines carry quantity and unit_price instead of the amount.
            if (Entity == StoreEntity.Transactions && Fields[slot] == "amount" && bound[Slot("quantity")] && bound[Slot("unit_price")]) continue;
            yield return slot;
        }
    }

    public static EntitySchema For(StoreEntity entity) => entity switch
    {
        StoreEntity.Customers => Customers,
        StoreEntity.Transactions => Transactions,
        StoreEntity.Interactions => Interactions,
        StoreEntity.Investments => Investments,
        StoreEntity.SurveyResponses => Surveys,
        StoreEntity.Leads => Leads,
        StoreEntity.Dealers => Dealers,
        StoreEntity.Staff => Staff,
        _ => throw new ArgumentException($"{entity} cannot be imported.", nameof(entity)),
    };

    public static readonly EntitySchema Customers = new(StoreEntity.Customers,
        ["id", "name", "industry", "size_class", "region", "country", "acquisition_channel", "dealer_id", "account_manager_id", "acquired_on"], [], "attr_");

    public static readonly EntitySchema Transactions = new(StoreEntity.Transactions,
        ["id", "customer_id", "date", "amount", "margin", "quantity", "unit_price", "order_id", "product", "category", "dealer_id", "channel"],
        ["customer_id", "date", "amount"], null);

    public static readonly EntitySchema Interactions = new(StoreEntity.Interactions,
        ["id", "customer_id", "date", "kind", "cost", "hours", "staff_id", "outcome", "resolved_on"], ["customer_id", "date", "kind"], null);

    public static readonly EntitySchema Investments = new(StoreEntity.Investments,
        ["id", "date", "amount", "category", "stage", "target_kind", "target_id", "plan_item_id", "description"], ["date", "amount", "category", "stage"], null);

    public static readonly EntitySchema Surveys = new(StoreEntity.SurveyResponses,
        ["id", "customer_id", "date", "nps", "satisfaction", "satisfaction_scale", "comment"], ["customer_id", "date"], "dim_");

    public static readonly EntitySchema Leads = new(StoreEntity.Leads,
        ["id", "created", "customer_id", "source_channel", "closed_on", "outcome", "amount"], ["created"], null);

    public static readonly EntitySchema Dealers = new(StoreEntity.Dealers,
        ["id", "name", "region", "tier", "outlets", "coverage", "sales_target", "region_market_size"], [], null);

    public static readonly EntitySchema Staff = new(StoreEntity.Staff,
        ["id", "name", "role", "capacity_hours_per_month", "skill_level"], [], null);
}
