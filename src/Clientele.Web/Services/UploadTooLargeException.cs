namespace Clientele.Web.Services;

/// <summary>An upload was larger than the server accepts (answered with 413).</summary>
/// <param name="limit">The limit in bytes.</param>
public sealed class UploadTooLargeException(long limit) : Exception($"The file is larger than the limit of {limit:N0} bytes.")
{
    /// <summary>The limit in bytes.</summary>
    public long Limit { get; } = limit;
}
