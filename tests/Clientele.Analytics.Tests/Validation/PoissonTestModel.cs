using Clientele.Analytics.Models;

namespace Clientele.Analytics.Tests.Validation;

/// <summary>
/// Purchases at rate λ forever (no drop-out), so E[X(t)] = λt and E[Y(t) | history] = λt: every
/// expected number in the validation is hand-computable.
/// </summary>
internal sealed class PoissonTestModel(double lambda) : IRepeatPurchaseModel
{
    public string Name => "Poisson (test)";
    public IReadOnlyList<ParameterEstimate> Parameters => [];
    public double LogLikelihood => double.NaN;
    public FitDiagnostics? Diagnostics => null;
    public double ProbabilityAlive(double x, double tx, double T) => 1.0;
    public double ExpectedPurchases(double t) => lambda * t;
    public double ConditionalExpectedPurchases(double t, double x, double tx, double T) => lambda * t;
    public double ProbabilityOfPurchases(int n, double t) => Math.Exp(n * Math.Log(lambda * t) - lambda * t - MathNet.Numerics.SpecialFunctions.GammaLn(n + 1));
    public double ProbabilityNoPurchase(double t, double x, double tx, double T) => Math.Exp(-lambda * t);
    public double CustomerLogLikelihood(double x, double tx, double T) => x * Math.Log(lambda) - lambda * T;
}
