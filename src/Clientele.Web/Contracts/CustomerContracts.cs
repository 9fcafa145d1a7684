namespace Clientele.Web.Contracts;

/// <summary>One page of customers.</summary>
/// <param name="Items">The customers on the page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Customers per page.</param>
/// <param name="Total">Customers matching over all pages.</param>
/// <param name="RunId">The analysis run the segment, tier and value columns come from, or null when there is none.</param>
public sealed record CustomerPageResponse(IReadOnlyList<CustomerSummaryResponse> Items, int Page, int PageSize, long Total, string? RunId);

/// <summary>A customer in a listing.</summary>
/// <param name="Id">The customer id.</param>
/// <param name="Name">The name.</param>
/// <param name="Region">The region.</param>
/// <param name="DealerId">The dealer serving the customer.</param>
/// <param name="Segment">The RFM segment.</param>
/// <param name="Tier">gold, silver or standard.</param>
/// <param name="Revenue">Revenue up to the run's as-of day.</param>
/// <param name="ProbabilityAlive">P(alive).</param>
/// <param name="Clv">Discounted CLV over the run's horizon.</param>
public sealed record CustomerSummaryResponse(
    string Id, string? Name, string? Region, string? DealerId, string? Segment, string? Tier, decimal? Revenue, double? ProbabilityAlive, double? Clv);

/// <summary>The customer 360: profile, analysis, history, interactions and surveys.</summary>
/// <param name="Profile">Who the customer is.</param>
/// <param name="Analysis">The customer's result in the latest analysis run, or null when it has none.</param>
/// <param name="History">Transaction totals and the latest transactions.</param>
/// <param name="Interactions">The latest interactions, newest first.</param>
/// <param name="Surveys">The latest survey responses, newest first.</param>
/// <param name="ChurnRisk">The customer's churn warning: value at risk, P(alive) now and before, and the reasons.</param>
public sealed record Customer360Response(
    CustomerProfileResponse Profile, CustomerAnalysisResponse? Analysis, TransactionHistoryResponse History,
    IReadOnlyList<InteractionResponse> Interactions, IReadOnlyList<SurveyResponseItem> Surveys, CustomerChurnRiskResponse ChurnRisk);

/// <summary>
/// One customer's churn early warning (docs/metrics-risk.md), as the churn-risk list states it: the snapshot with the
/// latest as-of day compared with the one before; null values and no reasons, with <paramref name="Unavailable"/> saying
/// why, when there is no snapshot or it does not hold the customer.
/// </summary>
/// <param name="AsOf">The as-of day of the snapshot used, or null when there is none.</param>
/// <param name="RunId">That snapshot's run id, or null.</param>
/// <param name="PreviousAsOf">The as-of day of the snapshot compared with, or null.</param>
/// <param name="ValueAtRisk">CLV × (1 − P(alive)), or null when CLV or P(alive) is undefined.</param>
/// <param name="PAlive">P(alive) in the snapshot.</param>
/// <param name="PreviousPAlive">P(alive) in the previous snapshot, or null when there is none or it did not hold the customer.</param>
/// <param name="Reasons">The reasons in the words of the churn-risk list, in rule order; empty when no rule fired.</param>
/// <param name="Unavailable">Why there is no warning (no snapshot, customer not in it), or null.</param>
public sealed record CustomerChurnRiskResponse(
    DateOnly? AsOf, string? RunId, DateOnly? PreviousAsOf, double? ValueAtRisk, double? PAlive, double? PreviousPAlive,
    IReadOnlyList<ChurnReasonResponse> Reasons, string? Unavailable);

/// <summary>A customer's stored attributes.</summary>
/// <param name="Id">The customer id.</param>
/// <param name="Name">The name.</param>
/// <param name="Industry">The industry.</param>
/// <param name="SizeClass">large, medium or small.</param>
/// <param name="Region">The region.</param>
/// <param name="Country">The country.</param>
/// <param name="AcquisitionChannel">How the customer was acquired.</param>
/// <param name="DealerId">The dealer serving the customer.</param>
/// <param name="AccountManagerId">The account manager.</param>
/// <param name="AcquiredOn">When the customer was acquired.</param>
/// <param name="Attributes">Free attributes (key = value).</param>
public sealed record CustomerProfileResponse(
    string Id, string? Name, string? Industry, string? SizeClass, string? Region, string? Country, string? AcquisitionChannel,
    string? DealerId, string? AccountManagerId, DateOnly? AcquiredOn, IReadOnlyDictionary<string, string> Attributes);

/// <summary>A customer's result in an analysis run; times in the run's unit, undefined estimates null.</summary>
/// <param name="RunId">The run.</param>
/// <param name="AsOf">Its as-of day.</param>
/// <param name="Unit">Its time unit.</param>
/// <param name="Frequency">x: repeat purchase periods.</param>
/// <param name="Recency">t_x.</param>
/// <param name="Age">T.</param>
/// <param name="MonetaryValue">Mean repeat purchase amount.</param>
/// <param name="Revenue">Revenue up to the as-of day.</param>
/// <param name="Rfm">R, F, M scores (1–5), composite and segment.</param>
/// <param name="ProbabilityAlive">P(alive).</param>
/// <param name="ExpectedPurchases">Expected purchases over the CLV horizon.</param>
/// <param name="ExpectedSpend">Expected spend per purchase.</param>
/// <param name="Clv">Discounted CLV.</param>
/// <param name="Tier">gold, silver or standard (by CLV rank in the run).</param>
public sealed record CustomerAnalysisResponse(
    string RunId, DateOnly AsOf, string Unit, double Frequency, double? Recency, double? Age, double? MonetaryValue, decimal Revenue,
    RfmResponse Rfm, double? ProbabilityAlive, double? ExpectedPurchases, double? ExpectedSpend, double? Clv, string? Tier);

/// <summary>RFM scores.</summary>
/// <param name="Recency">R, 1–5.</param>
/// <param name="Frequency">F, 1–5.</param>
/// <param name="Monetary">M, 1–5.</param>
/// <param name="Composite">wR·R + wF·F + wM·M.</param>
/// <param name="Segment">The segment.</param>
public sealed record RfmResponse(int Recency, int Frequency, int Monetary, double? Composite, string Segment);

/// <summary>A customer's transactions: totals and the latest ones.</summary>
/// <param name="Count">All transactions.</param>
/// <param name="TotalAmount">Their total amount (returns negative).</param>
/// <param name="FirstDate">The first transaction's date.</param>
/// <param name="LastDate">The last transaction's date.</param>
/// <param name="Latest">The latest transactions, newest first.</param>
public sealed record TransactionHistoryResponse(long Count, decimal TotalAmount, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<TransactionResponse> Latest);

/// <summary>A transaction.</summary>
/// <param name="Id">The transaction id.</param>
/// <param name="Date">Its date.</param>
/// <param name="Amount">Revenue (negative for a return).</param>
/// <param name="Margin">Gross margin.</param>
/// <param name="Quantity">Quantity.</param>
/// <param name="Product">Product.</param>
/// <param name="Category">Category.</param>
/// <param name="DealerId">Dealer.</param>
/// <param name="Channel">Channel.</param>
public sealed record TransactionResponse(string Id, DateOnly Date, decimal Amount, decimal? Margin, decimal? Quantity, string? Product, string? Category, string? DealerId, string? Channel);

/// <summary>An interaction.</summary>
/// <param name="Id">The interaction id.</param>
/// <param name="Date">Its date.</param>
/// <param name="Kind">visit, call, complaint, …</param>
/// <param name="Cost">Its cost.</param>
/// <param name="Hours">Staff hours spent.</param>
/// <param name="StaffId">Who.</param>
/// <param name="Outcome">Outcome.</param>
/// <param name="ResolvedOn">When it was resolved.</param>
public sealed record InteractionResponse(string Id, DateOnly Date, string Kind, decimal? Cost, decimal? Hours, string? StaffId, string? Outcome, DateOnly? ResolvedOn);

/// <summary>A survey response.</summary>
/// <param name="Id">The response id.</param>
/// <param name="Date">Its date.</param>
/// <param name="Nps">NPS answer 0–10.</param>
/// <param name="Satisfaction">Overall satisfaction.</param>
/// <param name="SatisfactionScale">The satisfaction scale's maximum (5 or 10).</param>
/// <param name="Dimensions">Dimension scores.</param>
/// <param name="Comment">Comment.</param>
public sealed record SurveyResponseItem(string Id, DateOnly Date, int? Nps, decimal? Satisfaction, int SatisfactionScale, IReadOnlyDictionary<string, decimal> Dimensions, string? Comment);
