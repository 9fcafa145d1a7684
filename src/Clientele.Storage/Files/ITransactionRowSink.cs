namespace Clientele.Storage.Files;

/// <summary>
/// Receives the rows of a transaction log as the reader parses them. The customer is a dense
/// index (0, 1, 2, … in order of first appearance), the date a <see cref="DateOnly.DayNumber"/>.
/// </summary>
public interface ITransactionRowSink
{
    /// <summary>One accepted row.</summary>
    void Add(int customer, int dayNumber, double amount);
}
