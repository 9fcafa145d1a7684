using System.Globalization;
using System.Text;

namespace Clientele.Storage.Tests.Files;

/// <summary>
/// A ~26 MB log (1M rows, interleaved customers, a few blank and CRLF lines) — larger than the
/// reader's 16 MB segment — with one bad date placed after the first segment boundary.
/// Written once per test class.
/// </summary>
public sealed class LargeFileFixture : IDisposable
{
    public const int Rows = 1_000_000;

    /// <summary>The data row (0-based) whose date is bad; its byte offset is well past 16 MB.</summary>
    public const int BadRow = 800_000;

    private readonly TempFile _file = new();

    public LargeFileFixture()
    {
        var random = new Random(20240101);
        using var writer = new StreamWriter(_file.Path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("customer_id,date,amount\n");
        long line = 1;
        var start = new DateOnly(2023, 1, 1);
        for (int i = 0; i < Rows; i++)
        {
            if (i % 250_000 == 17)
            {
                writer.Write("\n"); // blank lines must count as lines but not rows
                line++;
            }

            int customer = random.Next(60_000);
            var date = start.AddDays(random.Next(730));
            int cents = random.Next(-500, 100_000);
            string dateText = i == BadRow ? "2024-13-01" : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write($"C{customer:D6},{dateText},{cents / 100}.{Math.Abs(cents % 100):D2}{(i % 3 == 0 ? "\r" : "")}\n");
            line++;
            if (i == BadRow)
            {
                BadLine = line;
                writer.Flush();
                BadOffset = writer.BaseStream.Position;
            }
        }

        Length = writer.BaseStream.Position;
    }

    public string Path => _file.Path;

    /// <summary>The 1-based line number of the bad row.</summary>
    public long BadLine { get; }

    /// <summary>Where the bad row ends in the file.</summary>
    public long BadOffset { get; }

    public long Length { get; }

    public void Dispose() => _file.Dispose();
}
