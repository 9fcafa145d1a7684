using Clientele.Domain.Entities;

namespace Clientele.Storage.Database;

/// <summary>The table mapping of every entity of spec §1 (the columns match Migrations/001_entities.*.sql).</summary>
internal static class EntityTables
{
    private const ColumnType Text = ColumnType.Text;
    private const ColumnType Integer = ColumnType.Integer;
    private const ColumnType Decimal = ColumnType.Decimal;
    private const ColumnType Date = ColumnType.Date;

    public static readonly EntityTable<Customer> Customers = new()
    {
        Entity = StoreEntity.Customers,
        Columns =
        [
            ("name", Text), ("industry", Text), ("size_class", Text), ("region", Text), ("country", Text),
            ("acquisition_channel", Text), ("dealer_id", Text), ("account_manager_id", Text), ("acquired_on", Date),
        ],
        ExternalId = c => c.Id,
        Hash = ContentHash.Of,
        Values = c =>
        [
            c.Name, c.Industry, c.Size is { } s ? EnumText.ToText(s) : null, c.Region, c.Country,
            c.AcquisitionChannel, c.DealerId, c.AccountManagerId, c.AcquiredOn,
        ],
        Child = new ChildTable<Customer>
        {
            Table = "customer_attributes",
            KeyColumn = "customer_key",
            NameColumn = ("name", Text),
            ValueColumn = ("value", Text),
            Rows = c => c.Attributes?.Select(a => (a.Key, (object?)a.Value)) ?? [],
        },
    };

    public static readonly EntityTable<TransactionRecord> Transactions = new()
    {
        Entity = StoreEntity.Transactions,
        Columns =
        [
            ("date", Date), ("amount", Decimal), ("margin", Decimal), ("quantity", Decimal), ("unit_price", Decimal),
            ("order_id", Text), ("product", Text), ("category", Text), ("dealer_id", Text), ("channel", Text),
        ],
        ExternalId = t => t.Id,
        Hash = ContentHash.Of,
        Owner = t => t.CustomerId,
        Values = t => [t.Date, t.Amount, t.Margin, t.Quantity, t.UnitPrice, t.OrderId, t.Product, t.Category, t.DealerId, t.Channel],
    };

    public static readonly EntityTable<Interaction> Interactions = new()
    {
        Entity = StoreEntity.Interactions,
        Columns =
        [
            ("date", Date), ("kind", Text), ("cost", Decimal), ("hours", Decimal), ("staff_id", Text), ("outcome", Text), ("resolved_on", Date),
        ],
        ExternalId = i => i.Id,
        Hash = ContentHash.Of,
        Owner = i => i.CustomerId,
        Values = i => [i.Date, EnumText.ToText(i.Kind), i.Cost, i.Hours, i.StaffId, i.Outcome, i.ResolvedOn],
    };

    public static readonly EntityTable<Investment> Investments = new()
    {
        Entity = StoreEntity.Investments,
        Columns =
        [
            ("date", Date), ("amount", Decimal), ("category", Text), ("stage", Text), ("target_kind", Text),
            ("target_id", Text), ("plan_item_id", Text), ("description", Text),
        ],
        ExternalId = i => i.Id,
        Hash = ContentHash.Of,
        Values = i =>
        [
            i.Date, i.Amount, EnumText.ToText(i.Category), EnumText.ToText(i.Stage), EnumText.ToText(i.TargetKind),
            i.TargetId, i.PlanItemId, i.Description,
        ],
    };

    public static readonly EntityTable<SurveyResponse> SurveyResponses = new()
    {
        Entity = StoreEntity.SurveyResponses,
        Columns = [("date", Date), ("nps", Integer), ("satisfaction", Decimal), ("satisfaction_scale", Integer), ("comment", Text)],
        ExternalId = r => r.Id,
        Hash = ContentHash.Of,
        Owner = r => r.CustomerId,
        Values = r => [r.Date, r.Nps, r.Satisfaction, r.SatisfactionScale, r.Comment],
        Child = new ChildTable<SurveyResponse>
        {
            Table = "survey_dimension_scores",
            KeyColumn = "survey_key",
            NameColumn = ("dimension", Text),
            ValueColumn = ("score", Decimal),
            Rows = r => r.Dimensions?.Select(d => (d.Key, (object?)d.Value)) ?? [],
        },
    };

    public static readonly EntityTable<Lead> Leads = new()
    {
        Entity = StoreEntity.Leads,
        Columns = [("created", Date), ("customer_id", Text), ("source_channel", Text), ("closed_on", Date), ("outcome", Text), ("amount", Decimal)],
        ExternalId = l => l.Id,
        Hash = ContentHash.Of,
        Values = l => [l.Created, l.CustomerId, l.SourceChannel, l.ClosedOn, EnumText.ToText(l.Outcome), l.Amount],
    };

    public static readonly EntityTable<Dealer> Dealers = new()
    {
        Entity = StoreEntity.Dealers,
        Columns =
        [
            ("name", Text), ("region", Text), ("tier", Text), ("outlets", Integer), ("coverage", Decimal),
            ("sales_target", Decimal), ("region_market_size", Decimal),
        ],
        ExternalId = d => d.Id,
        Hash = ContentHash.Of,
        Values = d => [d.Name, d.Region, d.Tier, d.Outlets, d.Coverage, d.SalesTarget, d.RegionMarketSize],
    };

    public static readonly EntityTable<StaffMember> Staff = new()
    {
        Entity = StoreEntity.Staff,
        Columns = [("name", Text), ("role", Text), ("capacity_hours_per_month", Decimal), ("skill_level", Integer)],
        ExternalId = s => s.Id,
        Hash = ContentHash.Of,
        Values = s => [s.Name, s.Role, s.CapacityHoursPerMonth, s.SkillLevel],
    };
}
