using System.Globalization;
using Clientele.Domain.Entities;
using Clientele.Storage.Database;

namespace Clientele.Storage.Import;

/// <summary>
/// Turns a split row into an entity, or names the first field that is wrong and why (no exceptions: a file
/// of bad rows must be as cheap to reject as to read). A file without an id column gets ids derived from the
/// row's content (<see cref="DerivedId"/>), so identical rows in such a file are one row: duplicates.
/// </summary>
internal sealed class RowConverter
{
    private static readonly string[] IsoDates = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"];

    private readonly EntitySchema schema;
    private readonly string[] dateFormats;
    private readonly NumberFormatInfo numbers;
    private readonly bool idColumn;

    // Transactions' fields by slot, found once (a transaction file has millions of rows and each reads 13 fields).
    private readonly int customerSlot, dateSlot, quantitySlot, unitPriceSlot, amountSlot, idSlot, marginSlot, orderSlot, productSlot, categorySlot, dealerSlot, channelSlot;
    private string?[] values = [];

    public RowConverter(EntitySchema schema, ImportOptions options, bool idColumn)
    {
        this.schema = schema;
        this.idColumn = idColumn;
        dateFormats = options.DateFormat is { } f ? [f] : IsoDates;
        numbers = options.DecimalSeparator switch
        {
            '.' => NumberFormatInfo.InvariantInfo,
            ',' => new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." },
            var c => throw new ArgumentException($"The decimal separator must be '.' or ',', not '{c}'.", nameof(options)),
        };
        if (schema.Entity == StoreEntity.Transactions)
        {
            (customerSlot, dateSlot, quantitySlot, unitPriceSlot, amountSlot, idSlot) =
                (schema.Slot("customer_id"), schema.Slot("date"), schema.Slot("quantity"), schema.Slot("unit_price"), schema.Slot("amount"), schema.Slot("id"));
            (marginSlot, orderSlot, productSlot, categorySlot, dealerSlot, channelSlot) =
                (schema.Slot("margin"), schema.Slot("order_id"), schema.Slot("product"), schema.Slot("category"), schema.Slot("dealer_id"), schema.Slot("channel"));
        }
    }

    /// <summary>The field at fault after a failed conversion.</summary>
    public string? ErrorField { get; private set; }

    /// <summary>Why the conversion failed, or null.</summary>
    public string? Error { get; private set; }

    public object? Convert(SourceRecord record)
    {
        values = record.Values;
        ErrorField = null;
        Error = null;
        object entity = schema.Entity switch
        {
            StoreEntity.Customers => Customer(record),
            StoreEntity.Transactions => Transaction(),
            StoreEntity.Interactions => Interaction(),
            StoreEntity.Investments => Investment(),
            StoreEntity.SurveyResponses => Survey(record),
            StoreEntity.Leads => Lead(),
            StoreEntity.Dealers => Dealer(),
            _ => Staff(),
        };
        return Error is null ? entity : null;
    }

    /// <summary>
    /// The id of a row from a file without ids: 64 bits of the content hash in hex, after the customer and day for
    /// transactions (so ids of a file sorted by customer arrive in index order, which keeps bulk loads fast).
    /// </summary>
    public static string DerivedId(long contentHash, string? customer = null, DateOnly? date = null)
    {
        if (customer is null) return "h" + contentHash.ToString("x16", CultureInfo.InvariantCulture);

        // One allocation (millions of rows): customer, '/', yyyyMMdd (empty without a date), '/', 16 hex digits; the
        // digits written directly (the general formatters cost more than the rest of the row's conversion).
        int length = customer.Length + (date is null ? 0 : 8) + 18;
        return string.Create(length, (customer, date, contentHash), static (span, state) =>
        {
            var (customer, date, hash) = state;
            customer.CopyTo(span);
            int at = customer.Length;
            span[at++] = '/';
            if (date is { } d)
            {
                int yyyymmdd = (d.Year * 10_000) + (d.Month * 100) + d.Day;
                for (int i = 7; i >= 0; i--, yyyymmdd /= 10) span[at + i] = (char)('0' + (yyyymmdd % 10));
                at += 8;
            }

            span[at++] = '/';
            ulong bits = (ulong)hash;
            for (int i = 15; i >= 0; i--, bits >>= 4) span[at + i] = "0123456789abcdef"[(int)(bits & 0xF)];
        });
    }

    private Customer Customer(SourceRecord record)
    {
        Dictionary<string, string>? attributes = null;
        foreach (var (name, value) in record.Extras)
        {
            attributes ??= new(StringComparer.Ordinal);
            if (!attributes.TryAdd(name, value)) Fail("attr_" + name, "the attribute is given twice");
        }

        var c = new Customer(Id(), Text("name"), Text("industry"), Enum<SizeClass>("size_class", required: false), Text("region"), Text("country"),
            Text("acquisition_channel"), Text("dealer_id"), Text("account_manager_id"), Date("acquired_on", false), attributes);
        return idColumn ? c : c with { Id = DerivedId(ContentHash.Of(c with { Id = "" })) };
    }

    private TransactionRecord Transaction()
    {
        string customer = Required(customerSlot, "customer_id");
        DateOnly date = Date(dateSlot, "date", true) ?? default;
        decimal? quantity = Number(quantitySlot, "quantity"), unitPrice = Number(unitPriceSlot, "unit_price");
        decimal? amount = Number(amountSlot, "amount");
        if (quantity is { } q && unitPrice is { } p && Error is null)
        {
            // Order lines: amount = quantity × unit price; a negative quantity is a return.
            decimal line = q * p;
            if (!StoredDecimal.IsStorable(line)) Fail("unit_price", $"quantity × unit_price = {line} has more than {StoredDecimal.Scale} decimal places or is too large");
            else if (amount is { } a && a != line) Fail("amount", $"amount {a} is not quantity × unit_price = {line}");
            amount = line;
        }
        else if (amount is null && Error is null)
        {
            Fail("amount", "the amount is missing (give amount, or quantity and unit_price)");
        }

        string id = idColumn ? Required(idSlot, "id") : "";
        decimal? margin = Number(marginSlot, "margin");
        string? order = Text(orderSlot), product = Text(productSlot), category = Text(categorySlot), dealer = Text(dealerSlot), channel = Text(channelSlot);
        if (!idColumn && Error is null)
        {
            // One record per row (millions per import): the derived id comes from the fields, not from a first record.
            id = DerivedId(ContentHash.OfTransaction("", customer, date, amount ?? 0, margin, quantity, unitPrice, order, product, category, dealer, channel), customer, date);
        }

        return new TransactionRecord(id, customer, date, amount ?? 0, margin, quantity, unitPrice, order, product, category, dealer, channel);
    }

    private Interaction Interaction()
    {
        var i = new Interaction(Id(), Required("customer_id"), Date("date", true) ?? default, Enum<InteractionKind>("kind", true) ?? default,
            Number("cost"), Number("hours"), Text("staff_id"), Text("outcome"), Date("resolved_on", false));
        return idColumn || Error is not null ? i : i with { Id = DerivedId(ContentHash.Of(i)) };
    }

    private Investment Investment()
    {
        var i = new Investment(Id(), Date("date", true) ?? default, Number("amount", required: true) ?? 0, Enum<CostCategory>("category", true) ?? default,
            Enum<LifecycleStage>("stage", true) ?? default, Enum<InvestmentTargetKind>("target_kind", false) ?? InvestmentTargetKind.Overhead,
            Text("target_id"), Text("plan_item_id"), Text("description"));
        return idColumn || Error is not null ? i : i with { Id = DerivedId(ContentHash.Of(i)) };
    }

    private SurveyResponse Survey(SourceRecord record)
    {
        Dictionary<string, decimal>? dimensions = null;
        foreach (var (name, value) in record.Extras)
        {
            dimensions ??= new(StringComparer.Ordinal);
            if (ParseNumber("dim_" + name, value) is { } score && !dimensions.TryAdd(name, score)) Fail("dim_" + name, "the dimension is given twice");
        }

        int? nps = Integer("nps");
        if (nps is < 0 or > 10) Fail("nps", $"NPS {nps} is outside 0–10");
        int scale = Integer("satisfaction_scale") ?? 5;
        if (scale is not (5 or 10)) Fail("satisfaction_scale", $"the satisfaction scale is {scale}; it must be 5 or 10");
        var r = new SurveyResponse(Id(), Required("customer_id"), Date("date", true) ?? default, nps, Number("satisfaction"), scale, dimensions, Text("comment"));
        return idColumn || Error is not null ? r : r with { Id = DerivedId(ContentHash.Of(r)) };
    }

    private Lead Lead()
    {
        var l = new Lead(Id(), Date("created", true) ?? default, Text("customer_id"), Text("source_channel"), Date("closed_on", false),
            Enum<LeadOutcome>("outcome", false) ?? LeadOutcome.Open, Number("amount"));
        return idColumn || Error is not null ? l : l with { Id = DerivedId(ContentHash.Of(l)) };
    }

    private Dealer Dealer()
    {
        var d = new Dealer(Id(), Text("name"), Text("region"), Text("tier"), Integer("outlets"), Number("coverage"), Number("sales_target"), Number("region_market_size"));
        return idColumn || Error is not null ? d : d with { Id = DerivedId(ContentHash.Of(d)) };
    }

    private StaffMember Staff()
    {
        var s = new StaffMember(Id(), Text("name"), Text("role"), Number("capacity_hours_per_month"), Integer("skill_level"));
        return idColumn || Error is not null ? s : s with { Id = DerivedId(ContentHash.Of(s)) };
    }

    private string Id() => idColumn ? Required("id") : "";

    private string? Text(string field) => Text(schema.Slot(field));

    private string? Text(int slot) => values[slot] is { } v && v.Trim().Length > 0 ? v : null;

    private string Required(string field) => Required(schema.Slot(field), field);

    private string Required(int slot, string field)
    {
        if (Text(slot) is { } v) return v.Trim();
        Fail(field, $"the {field} is missing");
        return "";
    }

    private DateOnly? Date(string field, bool required) => Date(schema.Slot(field), field, required);

    private DateOnly? Date(int slot, string field, bool required)
    {
        if (Text(slot) is not { } text)
        {
            if (required) Fail(field, $"the {field} is missing");
            return null;
        }

        text = text.Trim();
        if (dateFormats == IsoDates && IsoDay(text) is { } day) return day;
        if (DateTime.TryParseExact(text, dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed))
            return DateOnly.FromDateTime(parsed);
        Fail(field, $"'{Clip(text)}' is not a date in format {string.Join(" or ", dateFormats.Take(1))}");
        return null;
    }

    /// <summary>yyyy-MM-dd without the general parser (the common case, millions of times per import).</summary>
    private static DateOnly? IsoDay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        int year = 0, month = 0, day = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7) continue;
            int digit = text[i] - '0';
            if ((uint)digit > 9) return null;
            if (i < 4) year = year * 10 + digit;
            else if (i < 7) month = month * 10 + digit;
            else day = day * 10 + digit;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private decimal? Number(string field, bool required = false) => Number(schema.Slot(field), field, required);

    private decimal? Number(int slot, string field, bool required = false)
    {
        if (Text(slot) is not { } text)
        {
            if (required) Fail(field, $"the {field} is missing");
            return null;
        }

        return ParseNumber(field, text);
    }

    private decimal? ParseNumber(string field, string text)
    {
        if (PlainNumber(text, numbers.NumberDecimalSeparator) is { } plain) return plain;
        text = text.Trim();
        if (!decimal.TryParse(text, NumberStyles.Float, numbers, out var value))
        {
            Fail(field, double.TryParse(text, NumberStyles.Float, numbers, out var d) && !double.IsFinite(d) || text.Equals("nan", StringComparison.OrdinalIgnoreCase)
                ? $"'{Clip(text)}' is not a finite number"
                : $"'{Clip(text)}' is not a number (decimal separator '{numbers.NumberDecimalSeparator}', at most ±{StoredDecimal.MaxMagnitude:G})");
            return null;
        }

        if (!StoredDecimal.IsStorable(value))
        {
            Fail(field, $"{Clip(text)} has more than {StoredDecimal.Scale} decimal places or exceeds ±{StoredDecimal.MaxMagnitude:G}");
            return null;
        }

        return value;
    }

    /// <summary>
    /// Digits with an optional sign and at most four decimals after the given separator (e.g. "-23.08"): the common
    /// case, read without the general parser (millions of amounts per import). The value and its scale are what
    /// <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/> gives; null for anything else.
    /// </summary>
    internal static decimal? PlainNumber(string text, string separator)
    {
        int length = text.Length, at = 0;
        bool negative = false;
        if (length > 0 && text[0] == '-')
        {
            negative = true;
            at = 1;
        }

        long value = 0;
        int digits = 0, scale = -1;
        for (; at < length; at++)
        {
            char c = text[at];
            if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
                digits++;
                if (scale >= 0) scale++;
            }
            else if (scale < 0 && separator.Length == 1 && c == separator[0] && digits > 0)
            {
                scale = 0;
            }
            else
            {
                return null;
            }
        }

        // 15 digits keep the value below the stored maximum (±900 trillion with four decimals); a separator needs a digit after it.
        if (digits == 0 || digits > 15 || scale == 0 || scale > StoredDecimal.Scale) return null;
        return new decimal((int)value, (int)(value >> 32), 0, negative && value != 0, (byte)Math.Max(scale, 0));
    }

    private int? Integer(string field)
    {
        if (Number(field) is not { } value) return null;
        if (value != decimal.Truncate(value) || value < int.MinValue || value > int.MaxValue)
        {
            Fail(field, $"{value} is not a whole number");
            return null;
        }

        return (int)value;
    }

    private T? Enum<T>(string field, bool required)
        where T : struct, System.Enum
    {
        if (Text(field) is not { } text)
        {
            if (required) Fail(field, $"the {field} is missing");
            return null;
        }

        if (EnumText.TryParse<T>(text, out var value)) return value;
        Fail(field, $"'{Clip(text)}' is not one of {EnumText.Expected<T>()}");
        return null;
    }

    private void Fail(string field, string reason)
    {
        if (Error is not null) return;
        ErrorField = field;
        Error = reason;
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
