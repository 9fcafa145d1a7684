namespace Clientele.Storage.Files;

/// <summary>
/// Receives the rows of a transaction log as the reader parses them. The customer is a dense
/// index (0, 1, 2, … in order of first appearance), the date a <see cref="DateOnly.DayNumber"/>.
/// </summary>
public interface ITransactionRowSink
{
    /// <summary>One accepted row.</summary>
    void Add(int customer, int dayNumber, double amount);

    /// <summary>A batch of accepted rows in file order; override when batches can be handled faster than single rows.</summary>
    void AddRange(ReadOnlySpan<int> customers, ReadOnlySpan<int> dayNumbers, ReadOnlySpan<double> amounts)
    {
        for (int i = 0; i < customers.Length; i++) Add(customers[i], dayNumbers[i], amounts[i]);
    }
}
