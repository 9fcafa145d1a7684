namespace Clientele.Storage.Files;

/// <summary>Whether the first line of a delimited file is a header.</summary>
public enum HeaderMode
{
    /// <summary>Decide from the first line: it is a header when its date or amount field does not parse.</summary>
    Auto,

    /// <summary>The first line is a header.</summary>
    Present,

    /// <summary>There is no header; columns must be selected by position.</summary>
    Absent,
}
