namespace Clientele.Web.Contracts;

/// <summary>What an import did: every row read was accepted, a duplicate or rejected.</summary>
/// <param name="Id">The import's id (for its rejects).</param>
/// <param name="Entity">What the file held.</param>
/// <param name="Read">Rows read.</param>
/// <param name="Accepted">Rows stored.</param>
/// <param name="Rejected">Rows rejected (see <paramref name="RejectsUrl"/>).</param>
/// <param name="Duplicates">Rows already stored with identical content.</param>
/// <param name="CustomersCreated">Customers created for rows of unknown customers.</param>
/// <param name="RejectsUrl">Where to download the rejected rows with line, field and reason, or null when none was rejected.</param>
/// <param name="IgnoredColumns">Columns no field reads.</param>
public sealed record ImportResponse(
    string Id, string Entity, long Read, long Accepted, long Rejected, long Duplicates, long CustomersCreated, string? RejectsUrl, IReadOnlyList<string> IgnoredColumns);

/// <summary>An analysis to run; every field is optional.</summary>
/// <param name="AsOf">Analyze as of this day (yyyy-MM-dd); default the last transaction date.</param>
/// <param name="Unit">day, week (default) or month.</param>
/// <param name="HorizonMonths">CLV horizon in months (default 12).</param>
/// <param name="MonthlyDiscountRate">Discount rate per month (default 0.01).</param>
/// <param name="MarginRate">Share of revenue that is margin; default from the stored margins, else 1.</param>
/// <param name="Model">bgnbd (default) or pnbd.</param>
/// <param name="Segments">default, cn8 or cn8-en.</param>
public sealed record AnalyzeRequest(string? AsOf, string? Unit, int? HorizonMonths, double? MonthlyDiscountRate, double? MarginRate, string? Model, string? Segments);
