using System.Buffers.Binary;
using System.Text;
using Clientele.Domain.Entities;

namespace Clientele.Storage.Database;

/// <summary>
/// A 64-bit hash of an entity's content (every field, attributes and dimension scores in key order), stored in
/// each row's <c>row_hash</c>. Re-importing a row with a stored external id compares hashes: equal means a
/// duplicate, different means a conflict. Decimals are hashed at the stored scale, so 10.5 and 10.50 are the
/// same content. Importers that bulk-load (e.g. PostgreSQL COPY) compute the column with these functions.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of a customer.</summary>
    public static long Of(Customer c) => new Builder()
        .Add(c.Id).Add(c.Name).Add(c.Industry).Add(c.Size is { } s ? EnumText.ToText(s) : null).Add(c.Region).Add(c.Country)
        .Add(c.AcquisitionChannel).Add(c.DealerId).Add(c.AccountManagerId).Add(c.AcquiredOn)
        .Add(c.Attributes, (b, v) => b.Add(v)).Finish();

    /// <summary>The hash of a transaction.</summary>
    public static long Of(TransactionRecord t) =>
        OfTransaction(t.Id, t.CustomerId, t.Date, t.Amount, t.Margin, t.Quantity, t.UnitPrice, t.OrderId, t.Product, t.Category, t.DealerId, t.Channel);

    /// <summary>The hash of a transaction with these fields (the same as <see cref="Of(TransactionRecord)"/>, without a record to build first).</summary>
    public static long OfTransaction(
        string id, string customerId, DateOnly date, decimal amount, decimal? margin, decimal? quantity, decimal? unitPrice,
        string? orderId, string? product, string? category, string? dealerId, string? channel) => new Builder()
        .Add(id).Add(customerId).Add(date).Add(amount).Add(margin).Add(quantity).Add(unitPrice)
        .Add(orderId).Add(product).Add(category).Add(dealerId).Add(channel).Finish();

    /// <summary>The hash of an interaction.</summary>
    public static long Of(Interaction i) => new Builder()
        .Add(i.Id).Add(i.CustomerId).Add(i.Date).Add(EnumText.ToText(i.Kind)).Add(i.Cost).Add(i.Hours).Add(i.StaffId)
        .Add(i.Outcome).Add(i.ResolvedOn).Finish();

    /// <summary>The hash of an investment.</summary>
    public static long Of(Investment i) => new Builder()
        .Add(i.Id).Add(i.Date).Add(i.Amount).Add(EnumText.ToText(i.Category)).Add(EnumText.ToText(i.Stage))
        .Add(EnumText.ToText(i.TargetKind)).Add(i.TargetId).Add(i.PlanItemId).Add(i.Description).Finish();

    /// <summary>The hash of a survey response.</summary>
    public static long Of(SurveyResponse r) => new Builder()
        .Add(r.Id).Add(r.CustomerId).Add(r.Date).Add(r.Nps).Add(r.Satisfaction).Add(r.SatisfactionScale)
        .Add(r.Dimensions, (b, v) => b.Add(v)).Add(r.Comment).Finish();

    /// <summary>The hash of a lead.</summary>
    public static long Of(Lead l) => new Builder()
        .Add(l.Id).Add(l.Created).Add(l.CustomerId).Add(l.SourceChannel).Add(l.ClosedOn).Add(EnumText.ToText(l.Outcome))
        .Add(l.Amount).Finish();

    /// <summary>The hash of a dealer.</summary>
    public static long Of(Dealer d) => new Builder()
        .Add(d.Id).Add(d.Name).Add(d.Region).Add(d.Tier).Add(d.Outlets).Add(d.Coverage).Add(d.SalesTarget)
        .Add(d.RegionMarketSize).Finish();

    /// <summary>The hash of a staff member.</summary>
    public static long Of(StaffMember s) => new Builder()
        .Add(s.Id).Add(s.Name).Add(s.Role).Add(s.CapacityHoursPerMonth).Add(s.SkillLevel).Finish();

    /// <summary>
    /// Writes each field with a type tag and a length, so that no two different rows serialize alike
    /// (e.g. ("ab", null) and ("a", "b")).
    /// </summary>
    private sealed class Builder
    {
        // One buffer per thread, hashed in one call at the end: the same SHA-256 as feeding the fields one by one,
        // without allocating a hash object per row (imports hash millions of rows).
        [ThreadStatic]
        private static byte[]? shared;

        private byte[] buffer = shared ??= new byte[1024];
        private int length;

        public Builder Add(string? value)
        {
            if (value is null) return Tag(0);
            int bytes = Encoding.UTF8.GetByteCount(value);
            Tag(1).Add64(bytes);
            Ensure(bytes);
            length += Encoding.UTF8.GetBytes(value, buffer.AsSpan(length));
            return this;
        }

        public Builder Add(decimal? value) => value is { } v ? Tag(2).Add64((long)decimal.Round(v * 10_000m)) : Tag(0);

        public Builder Add(long? value) => value is { } v ? Tag(3).Add64(v) : Tag(0);

        public Builder Add(DateOnly? value) => value is { } v ? Tag(4).Add64(v.DayNumber) : Tag(0);

        public Builder Add<T>(IReadOnlyDictionary<string, T>? map, Func<Builder, T, Builder> addValue)
        {
            // Null and empty are the same content: no attributes.
            Tag(5).Add64(map?.Count ?? 0);
            if (map is null) return this;
            foreach (var pair in map.OrderBy(p => p.Key, StringComparer.Ordinal)) addValue(Add(pair.Key), pair.Value);
            return this;
        }

        public long Finish()
        {
            Span<byte> digest = stackalloc byte[32];
            Sha256.Hash(buffer.AsSpan(0, length), digest);
            if (buffer.Length > 1 << 20) shared = null;
            return BinaryPrimitives.ReadInt64LittleEndian(digest);
        }

        private void Ensure(int more)
        {
            if (length + more <= buffer.Length) return;
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
            shared = buffer;
        }

        private Builder Tag(byte tag)
        {
            Ensure(1);
            buffer[length++] = tag;
            return this;
        }

        private Builder Add64(long value)
        {
            Ensure(8);
            BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(length), value);
            length += 8;
            return this;
        }
    }
}
