namespace Clientele.Cli;

/// <summary>An option or argument the user gave is unusable; shown as a one-line error with exit code 2.</summary>
public sealed class UserInputException(string message) : Exception(message);
