namespace Clientele.Analytics.Models;

/// <summary>
/// A fitted buy-till-you-die model of repeat purchasing (BG/NBD, Pareto/NBD). All times are in
/// the unit the model was fitted in. x = repeat purchases, t_x = recency, T = customer age.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface IRepeatPurchaseModel
{
    /// <summary>A short name, e.g. "BG/NBD".</summary>
    string Name { get; }

    /// <summary>The fitted parameters with standard errors, in the paper's order.</summary>
    IReadOnlyList<ParameterEstimate> Parameters { get; }

    /// <summary>The maximized log-likelihood (NaN for a model built from given parameters without data).</summary>
    double LogLikelihood { get; }

    /// <summary>Fit diagnostics; null for a model built from given parameters.</summary>
    FitDiagnostics? Diagnostics { get; }

    /// <summary>P(alive | x, t_x, T): the probability the customer has not dropped out by T.</summary>
    double ProbabilityAlive(double x, double tx, double T);

    /// <summary>E[X(t)]: expected purchases in (0, t] of a customer just acquired (unconditional).</summary>
    double ExpectedPurchases(double t);

    /// <summary>E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] for a customer with this history.</summary>
    double ConditionalExpectedPurchases(double t, double x, double tx, double T);

    /// <summary>P(X(t) = n): the probability that a new customer makes exactly n purchases in (0, t].</summary>
    double ProbabilityOfPurchases(int n, double t);

    /// <summary>P(Y(t) = 0 | x, t_x, T): the probability of no purchase in (T, T + t].</summary>
    double ProbabilityNoPurchase(double t, double x, double tx, double T);

    /// <summary>Log-likelihood of one customer's (x, t_x, T) under the fitted parameters.</summary>
    double CustomerLogLikelihood(double x, double tx, double T);
}
