namespace Clientele.Storage.Database;

/// <summary>
/// The decimals a store holds (money, quantities, hours, scores): at most 4 decimal places and magnitude at most
/// 900 trillion. SQLite has no decimal type, so they are stored as 64-bit integers in units of 1/10,000, whose
/// SUM is exact; PostgreSQL stores the same values as NUMERIC(19,4). Values outside that set are refused
/// rather than rounded, so both providers hold exactly what was given.
/// </summary>
public static class StoredDecimal
{
    /// <summary>Decimal places kept.</summary>
    public const int Scale = 4;

    /// <summary>The largest magnitude stored (fits in a scaled 64-bit integer and in NUMERIC(19,4)).</summary>
    public const decimal MaxMagnitude = 900_000_000_000_000m;

    private const decimal Factor = 10_000m;

    /// <summary>Whether <paramref name="value"/> can be stored exactly.</summary>
    public static bool IsStorable(decimal value) =>
        Math.Abs(value) <= MaxMagnitude && (value.Scale <= Scale || decimal.Truncate(value * Factor) == value * Factor);

    /// <summary>The value in units of 1/10,000; throws when it cannot be stored exactly.</summary>
    internal static long ToScaled(decimal value, string column, string externalId) =>
        IsStorable(value)
            ? (long)(value * Factor)
            : throw new ArgumentException(
                $"{column} of '{externalId}' is {value}: a stored decimal has at most {Scale} decimal places and magnitude at most {MaxMagnitude:N0}.",
                column);

    /// <summary>A scaled integer back as a decimal.</summary>
    internal static decimal FromScaled(long scaled) => scaled / Factor;

    /// <summary>Throws when <paramref name="value"/> cannot be stored exactly (PostgreSQL would round it).</summary>
    internal static decimal Check(decimal value, string column, string externalId)
    {
        ToScaled(value, column, externalId);
        return value;
    }
}
