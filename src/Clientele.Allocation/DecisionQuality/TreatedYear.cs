namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// A year of the history during which an executed plan was in effect: from <paramref name="StartWeek"/> (weeks after
/// <see cref="SimulatedCompanyGenerator.Start"/>) for <paramref name="LengthWeeks"/> weeks, customer i had option
/// <c>Option[i]</c> (0 = none). The firm knows its own plan, so this is observable; each customer's own response to
/// the option is not.
/// </summary>
internal sealed record TreatedYear(double StartWeek, double LengthWeeks, int[] Option)
{
    /// <summary>The week the year ends (exclusive): the customer process runs for the horizon only (<see cref="NextYear.Advance"/>).</summary>
    public double EndWeek => StartWeek + LengthWeeks;
}
