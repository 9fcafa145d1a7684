namespace Clientele.Storage.Database;

/// <summary>Why the store did not take a row.</summary>
public enum RejectReason
{
    /// <summary>A row with the same external id is stored with different content.</summary>
    ConflictingContent,

    /// <summary>The row belongs to a customer that is not stored.</summary>
    UnknownCustomer,
}

/// <summary>A row an insert did not store, and why.</summary>
/// <param name="Index">The row's position in the input, from 0.</param>
/// <param name="ExternalId">The row's external id.</param>
/// <param name="Reason">Why it was not stored.</param>
/// <param name="Message">The reason in words, for reject files.</param>
public sealed record RejectedRow(long Index, string ExternalId, RejectReason Reason, string Message);
