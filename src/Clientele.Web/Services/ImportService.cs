using System.Text.RegularExpressions;
using Clientele.Storage.Database;
using Clientele.Storage.Import;
using Clientele.Web.Data;
using Microsoft.Extensions.Options;

namespace Clientele.Web.Services;

/// <summary>
/// Imports uploaded files: the upload is streamed to a file of its own directory (memory stays flat, the size limit is
/// counted as bytes arrive), imported all-or-nothing by <see cref="FileImporter"/> on a store of its own, and deleted;
/// the rejected rows stay in <c>rejects.csv</c> beside it, under the import's id, for download.
/// </summary>
public sealed partial class ImportService(StorePool pool, IOptions<ClienteleWebOptions> options)
{
    private const string RejectsFile = "rejects.csv";

    /// <summary>The largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>Where imports keep their files.</summary>
    public string Directory => options.Value.ImportDirectory ?? Path.Combine(Path.GetTempPath(), "clientele-imports");

    /// <summary>Copies <paramref name="upload"/> to a new import directory, at most <see cref="MaxUploadBytes"/>; returns the id and the file.</summary>
    /// <exception cref="UploadTooLargeException">The upload is larger than the limit (nothing is kept).</exception>
    public async Task<(string Id, string Path)> ReceiveAsync(Stream upload, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string id = Guid.NewGuid().ToString("N");
        string directory = System.IO.Path.Combine(Directory, id);
        System.IO.Directory.CreateDirectory(directory);

        // Only the extension of the client's name is kept (it tells JSON lines from CSV); the name itself never
        // reaches the file system.
        string extension = System.IO.Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".jsonl" or ".ndjson" or ".tsv" or ".txt" or ".csv")) extension = ".csv";
        string path = System.IO.Path.Combine(directory, "upload" + extension);
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = await upload.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += n;
                if (total > MaxUploadBytes) throw new UploadTooLargeException(MaxUploadBytes);
                await file.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }

        return (id, path);
    }

    /// <summary>Imports a received file into the store and deletes it; the rejects stay under the import's id.</summary>
    public ImportResult Import(string id, string path, StoreEntity entity, ImportOptions importOptions)
    {
        ArgumentNullException.ThrowIfNull(importOptions);
        try
        {
            using var store = pool.OpenDedicated();
            var result = FileImporter.Import(store, entity, path, importOptions with { RejectsPath = System.IO.Path.Combine(Directory, id, RejectsFile) });
            return result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The reject file of import <paramref name="id"/>, or null when the id is unknown or no row was rejected.</summary>
    public string? RejectsOf(string id)
    {
        if (!ImportId().IsMatch(id)) return null;
        string path = System.IO.Path.Combine(Directory, id, RejectsFile);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Removes an import's directory (after a failed import, so nothing half-done lingers).</summary>
    public void Discard(string id)
    {
        if (!ImportId().IsMatch(id)) return;
        string directory = System.IO.Path.Combine(Directory, id);
        if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory, recursive: true);
    }

    // Ids are GUIDs in "N" format; anything else never reaches a path (no traversal).
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex ImportId();
}
