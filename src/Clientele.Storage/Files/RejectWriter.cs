using System.Text;

namespace Clientele.Storage.Files;

/// <summary>
/// Writes rejected input rows to a CSV file with columns <c>line,field,reason,content</c>, so that
/// nothing read is silently lost. Created lazily: no rows rejected, no file.
/// </summary>
public sealed class RejectWriter : IDisposable
{
    private readonly string _path;
    private readonly bool _discard;
    private StreamWriter? _writer;

    private RejectWriter(string path, bool discard)
    {
        _path = path;
        _discard = discard;
    }

    /// <summary>A writer that only counts: for re-reading a file whose rejects were already written.</summary>
    internal static RejectWriter Discarding() => new("", discard: true);

    /// <summary>Rejects will go to <paramref name="path"/> (overwritten on the first reject).</summary>
    public RejectWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
    }

    /// <summary>The reject file's path.</summary>
    public string Path => _path;

    /// <summary>Rows written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Records one rejected row.</summary>
    public void Write(long line, string? field, string reason, ReadOnlySpan<byte> content)
    {
        if (_discard)
        {
            Count++;
            return;
        }

        if (_writer is null)
        {
            _writer = new StreamWriter(_path, append: false, new UTF8Encoding(false));
            _writer.WriteLine("line,field,reason,content");
        }

        _writer.Write(line);
        _writer.Write(',');
        _writer.Write(Quote(field ?? ""));
        _writer.Write(',');
        _writer.Write(Quote(reason));
        _writer.Write(',');
        // Cap the echoed content: a 1 MB field helps nobody in a reject report.
        var text = Encoding.UTF8.GetString(content.Length > 4096 ? content[..4096] : content);
        _writer.WriteLine(Quote(text.Replace("\0", "\\0")));
        Count++;
    }

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <inheritdoc />
    public void Dispose() => _writer?.Dispose();
}
