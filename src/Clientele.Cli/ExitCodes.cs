namespace Clientele.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The work failed (e.g. a model did not converge, a file could not be written).</summary>
    public const int Failed = 1;

    /// <summary>The input or the options are wrong (bad file, bad row, bad option value).</summary>
    public const int BadInput = 2;

    /// <summary>A defect in Clientele itself (please report it).</summary>
    public const int Internal = 70;
}
