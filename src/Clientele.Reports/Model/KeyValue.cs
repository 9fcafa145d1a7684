namespace Clientele.Reports.Model;

/// <summary>An amount of one key (a cost category, a lifecycle stage, …).</summary>
/// <param name="Key">The key, as the measures name it (snake_case for categories).</param>
/// <param name="Value">The amount.</param>
public sealed record KeyValue(string Key, double Value);
