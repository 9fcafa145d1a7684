using System.Globalization;

namespace Clientele.Reports;

/// <summary>What to put in a report and how to show it.</summary>
/// <param name="Language">"en" or "zh-CN" (see <see cref="ReportLanguage"/>).</param>
/// <param name="Currency">ISO 4217 code of the store's money, e.g. "CNY" (shown as ¥ in zh-CN, CN¥ in en).</param>
/// <param name="From">First day of the period-based measures; default 12 months before <paramref name="To"/>.</param>
/// <param name="To">Last day of the period and latest as-of day of the snapshot used; default the last transaction date.</param>
/// <param name="ChurnTop">How many customers the churn warning list shows.</param>
public sealed record ReportOptions(string Language = ReportLanguage.English, string Currency = "CNY", DateOnly? From = null, DateOnly? To = null, int ChurnTop = 20)
{
    /// <summary>Checks the options; returns them with the language normalized ("zh-cn" → "zh-CN") and the currency upper-case.</summary>
    /// <exception cref="ArgumentException">The language or currency is not valid, the period is reversed or <see cref="ChurnTop"/> is negative.</exception>
    public ReportOptions Validated()
    {
        string language = ReportLanguage.Parse(Language);
        string currency = (Currency ?? "").Trim().ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"The currency '{Currency}' is not an ISO 4217 code such as CNY, USD or EUR.", nameof(Currency));
        }

        if (From is { } f && To is { } t && f > t)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The period starts ({f:yyyy-MM-dd}) after it ends ({t:yyyy-MM-dd})."), nameof(From));
        }

        if (ChurnTop < 0) throw new ArgumentException("The number of churn-risk customers to show must not be negative.", nameof(ChurnTop));
        return this with { Language = language, Currency = currency };
    }
}
