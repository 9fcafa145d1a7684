namespace Clientele.Storage.Database;

/// <summary>The kinds of values the store's columns hold; each provider maps them to its own types.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Decimal,
    Date,
}
