using Spectre.Console;

namespace Clientele.Cli;

/// <summary>
/// Where a command writes: <see cref="Console"/> for people (tables, progress), <see cref="Out"/> for
/// machine output (JSON, CSV) and <see cref="Error"/> for one-line errors. Injected so tests can capture it.
/// </summary>
/// <param name="Console">Human-readable output.</param>
/// <param name="Out">Machine-readable standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ShowProgress">Whether to draw progress bars (an interactive terminal).</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, bool ShowProgress)
{
    /// <summary>The process's real console.</summary>
    public static CliContext System()
    {
        bool redirected = global::System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // Files and pipes get plain text: no colour codes, and tables as wide as they need.
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected) console.Profile.Width = 160;
        bool interactive = !redirected && !global::System.Console.IsErrorRedirected && console.Profile.Capabilities.Interactive;
        return new CliContext(console, global::System.Console.Out, global::System.Console.Error, interactive);
    }

    /// <summary>A context writing plain text (no colours, no progress bars) to the given writers.</summary>
    public static CliContext Captured(TextWriter output, TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        return new CliContext(console, output, error, ShowProgress: false);
    }
}
