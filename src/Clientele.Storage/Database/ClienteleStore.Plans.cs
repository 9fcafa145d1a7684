using System.Globalization;

namespace Clientele.Storage.Database;

/// <summary>Reading allocation plans (schema version 2) for the report and the dashboard.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>The most recently created plan (latest created_at, then the last stored) with its items, or null when there is none.</summary>
    public StoredPlan? ReadLatestPlan()
    {
        long key;
        string id, status;
        string? createdBy;
        DateOnly start, end;
        DateTime createdAt;
        using (var command = Command(
            "SELECT id, external_id, period_start, period_end, status, created_by, created_at FROM allocation_plans ORDER BY created_at DESC, id DESC LIMIT 1"))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            key = reader.GetInt64(0);
            id = reader.GetString(1);
            start = dialect.GetDate(reader, 2)!.Value;
            end = dialect.GetDate(reader, 3)!.Value;
            status = reader.GetString(4);
            createdBy = Text(reader, 5);
            createdAt = reader.GetValue(6) switch
            {
                DateTime t => DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc),
                var text => DateTime.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            };
        }

        var items = new List<StoredPlanItem>();
        using (var command = Command("SELECT target_kind, target_id, action, cost, hours, expected_value FROM allocation_plan_items WHERE plan_key = @plan ORDER BY id"))
        {
            dialect.AddParameter(command, "@plan", ColumnType.Integer).Value = key;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                items.Add(new StoredPlanItem(
                    reader.GetString(0), Text(reader, 1), reader.GetString(2), dialect.GetDecimal(reader, 3)!.Value, dialect.GetDecimal(reader, 4)!.Value,
                    dialect.GetDecimal(reader, 5)));
            }
        }

        return new StoredPlan(id, start, end, status, createdBy, createdAt, items);
    }
}
