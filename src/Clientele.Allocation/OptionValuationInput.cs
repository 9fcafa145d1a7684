namespace Clientele.Allocation;

/// <summary>
/// What the analytics know about one customer that an option's value depends on (see <see cref="OptionValuation"/>).
/// </summary>
/// <param name="Clv">
/// The customer's expected (discounted) margin over the horizon as things stand, i.e. P(alive) × the value of the
/// customer if alive (BG/NBD: E[X(H) | history] = P(alive) · E[X(H) | alive, history]). A customer who is probably
/// gone has a CLV near zero already.
/// </param>
/// <param name="SurvivalGivenAlive">
/// S: the probability that the customer, if alive now, is still alive at the end of the horizon, in (0, 1].
/// 1 = no risk of leaving; small = high risk. See <see cref="OptionValuation.SurvivalGivenAlive"/> for BG/NBD.
/// </param>
public sealed record OptionValuationInput(double Clv, double SurvivalGivenAlive);
