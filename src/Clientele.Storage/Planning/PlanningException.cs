namespace Clientele.Storage.Planning;

/// <summary>
/// The store cannot give what a planning step needs (no analysis snapshot, no such plan, a period that has not
/// started, …). The message is one line for people and says what to do.
/// </summary>
public sealed class PlanningException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing and what to do about it.</param>
    public PlanningException(string message)
        : base(message)
    {
    }
}
