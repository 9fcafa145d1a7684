namespace Clientele.Domain.Entities;

/// <summary>A customer's survey answer (spec §1).</summary>
/// <param name="Id">Stable external id.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Date">The day of the answer.</param>
/// <param name="Nps">"How likely are you to recommend us?" 0–10.</param>
/// <param name="Satisfaction">Overall satisfaction on <paramref name="SatisfactionScale"/>.</param>
/// <param name="SatisfactionScale">The top of the satisfaction scale: 5 (1–5) or 10 (1–10).</param>
/// <param name="Dimensions">Scores per dimension (product quality, delivery, after-sales, support, …), on the same scale.</param>
/// <param name="Comment">Free text.</param>
public sealed record SurveyResponse(
    string Id,
    string CustomerId,
    DateOnly Date,
    int? Nps = null,
    decimal? Satisfaction = null,
    int SatisfactionScale = 5,
    IReadOnlyDictionary<string, decimal>? Dimensions = null,
    string? Comment = null);
