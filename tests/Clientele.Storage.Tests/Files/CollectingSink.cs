using Clientele.Storage.Files;

namespace Clientele.Storage.Tests.Files;

/// <summary>Keeps every row the reader delivers, in order.</summary>
internal sealed class CollectingSink : ITransactionRowSink
{
    public List<(int Customer, DateOnly Date, double Amount)> Rows { get; } = new();

    public void Add(int customer, int dayNumber, double amount) => Rows.Add((customer, DateOnly.FromDayNumber(dayNumber), amount));
}
