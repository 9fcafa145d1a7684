using Clientele.Analytics.Summary;

namespace Clientele.Storage.Files;

/// <summary>A transaction log read and summarized per customer.</summary>
/// <param name="Summaries">The per-customer summary as of the observation end.</param>
/// <param name="Read">Row counts and customer ids from reading the file.</param>
public sealed record LoadedTransactionLog(CustomerSummaries Summaries, TransactionReadResult Read);
