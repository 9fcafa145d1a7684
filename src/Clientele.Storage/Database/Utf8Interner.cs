using System.Text;

namespace Clientele.Storage.Database;

/// <summary>
/// One string per distinct UTF-8 text: a column with a few distinct values over many rows (a region, a channel, a
/// dealer id) then allocates each value once, looked up by its decoded characters without building a string per row.
/// </summary>
internal sealed class Utf8Interner
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public Utf8Interner() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of <paramref name="utf8"/>, the same instance for the same text.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 256) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[utf8.Length];
        int n = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..n];
        if (lookup.TryGetValue(text, out var known)) return known;
        string created = new(text);
        strings[created] = created;
        return created;
    }
}
