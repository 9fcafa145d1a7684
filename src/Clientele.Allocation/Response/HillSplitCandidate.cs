namespace Clientele.Allocation.Response;

/// <summary>
/// A split being considered: which segments are funded past their inflection (or have no on/off choice), the spend
/// per segment, its total response and the common marginal return.
/// </summary>
internal sealed record HillSplitCandidate(bool[] On, double[] Spend, double Total, double Lambda);

