using Clientele.Analytics.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Clientele.Analytics.Models;

/// <summary>
/// The machinery every model shares: maximize a log-likelihood over positive parameters by
/// BFGS on log θ (so positivity needs no constraints), and derive standard errors from the
/// observed information (the Hessian of −LL at the optimum, by central differences of the
/// analytic gradient).
/// </summary>
public static class MaximumLikelihood
{
    /// <summary>The optimum of a likelihood: parameters, LL there and how the optimizer ended.</summary>
    /// <param name="Theta">θ̂ in natural units.</param>
    /// <param name="LogLikelihood">LL(θ̂), without any penalty.</param>
    /// <param name="Minimization">The optimizer's result on the scaled objective.</param>
    public sealed record Optimum(double[] Theta, double LogLikelihood, MinimizationResult Minimization);

    /// <summary>
    /// Maximizes <paramref name="logLikelihood"/> − penalizer·Σθ² over θ &gt; 0.
    /// The objective is divided by <paramref name="customers"/> so tolerances do not depend on the sample size.
    /// </summary>
    /// <exception cref="ModelConvergenceException">The optimizer did not converge.</exception>
    /// <param name="model">The model's name, for error messages.</param>
    /// <param name="logLikelihood">LL(θ) and its gradient.</param>
    /// <param name="start">θ to start from, natural units.</param>
    /// <param name="customers">Σ weights; the objective is divided by it.</param>
    /// <param name="options">Penalizer and optimizer settings.</param>
    /// <param name="initialInverseHessian">Inverse Hessian of the per-customer objective in log θ from a similar fit (e.g. a subsample), or null.</param>
    public static Optimum Maximize(string model, LogLikelihoodFunction logLikelihood, ReadOnlySpan<double> start, double customers, FitOptions options, double[]? initialInverseHessian = null)
    {
        int k = start.Length;
        for (int i = 0; i < k; i++)
        {
            if (!(start[i] > 0) || !double.IsFinite(start[i]))
            {
                throw new ArgumentException($"Initial value {i} must be positive and finite, got {start[i]}.", nameof(start));
            }
        }

        double scale = 1.0 / Math.Max(customers, 1.0);
        double penalizer = options.Penalizer;
        var theta = new double[k];
        var gradTheta = new double[k];

        double Objective(ReadOnlySpan<double> logTheta, Span<double> gradient)
        {
            for (int i = 0; i < k; i++) theta[i] = Math.Exp(logTheta[i]);
            double ll = logLikelihood(theta, gradTheta);
            if (!double.IsFinite(ll))
            {
                gradient.Fill(double.NaN);
                return double.PositiveInfinity;
            }

            double penalty = 0;
            for (int i = 0; i < k; i++)
            {
                penalty += theta[i] * theta[i];
                // d(−LL + λθ²)/d log θ = θ · (−∂LL/∂θ + 2λθ)
                gradient[i] = theta[i] * (-gradTheta[i] + 2 * penalizer * theta[i]) * scale;
            }

            return (-ll + penalizer * penalty) * scale;
        }

        var logStart = new double[k];
        for (int i = 0; i < k; i++) logStart[i] = Math.Log(start[i]);
        var result = Bfgs.Minimize(Objective, logStart, options.Optimizer ?? BfgsOptions.Default, initialInverseHessian);

        // A function-tolerance stop with a visibly non-zero gradient is not an optimum. Conversely a
        // line search that fails with a per-customer gradient below 1e-6 has hit the round-off floor
        // of the objective (~1e-15 relative: log-gamma sums over many rows), where the Wolfe
        // conditions can no longer be told apart from noise; scipy's BFGS stops at 1e-5 by default.
        bool roundOffAtOptimum = result.ExitReason == MinimizationExitReason.LineSearchFailed && result.GradientNorm < 1e-6;
        bool acceptable = (result.Converged || roundOffAtOptimum) && result.GradientNorm < 1e-4;
        if (!acceptable)
        {
            throw new ModelConvergenceException(model, result);
        }

        var thetaHat = result.Point.Select(Math.Exp).ToArray();
        double llHat = logLikelihood(thetaHat, new double[k]);
        return new Optimum(thetaHat, llHat, result);
    }

    /// <summary>
    /// Standard errors √diag((−∇²LL)⁻¹) at <paramref name="theta"/>, and the condition number of −∇²LL.
    /// NaN standard errors when the information matrix is singular or not positive definite.
    /// </summary>
    public static (double[] StandardErrors, double ConditionNumber) StandardErrors(LogLikelihoodFunction logLikelihood, ReadOnlySpan<double> theta, double penalizer = 0.0)
    {
        int k = theta.Length;
        var information = Matrix<double>.Build.Dense(k, k);
        var plus = new double[k];
        var minus = new double[k];
        var point = theta.ToArray();
        for (int j = 0; j < k; j++)
        {
            double h = 1e-5 * Math.Max(Math.Abs(theta[j]), 1e-8);
            point[j] = theta[j] + h;
            logLikelihood(point, plus);
            point[j] = theta[j] - h;
            logLikelihood(point, minus);
            point[j] = theta[j];
            for (int i = 0; i < k; i++)
            {
                information[i, j] = -(plus[i] - minus[i]) / (2 * h);
            }

            information[j, j] += 2 * penalizer;
        }

        information = (information + information.Transpose()) * 0.5;
        var errors = new double[k];
        double condition;
        try
        {
            condition = information.ConditionNumber();
            var cholesky = information.Cholesky();
            var covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(k));
            for (int i = 0; i < k; i++) errors[i] = Math.Sqrt(covariance[i, i]);
        }
        catch (ArgumentException)
        {
            // Not positive definite: the optimum is a saddle or the parameters are not identified.
            Array.Fill(errors, double.NaN);
            condition = double.PositiveInfinity;
        }

        return (errors, condition);
    }

    /// <summary>
    /// Central-difference gradient of a likelihood that has no analytic gradient, with steps relative
    /// to each parameter (h = 1e-6·θ). Accurate to about 1e-8 relative for smooth likelihoods.
    /// </summary>
    public static LogLikelihoodFunction WithNumericalGradient(Func<double[], double> logLikelihood) => (theta, gradient) =>
    {
        var point = theta.ToArray();
        double value = logLikelihood(point);
        if (!double.IsFinite(value)) return value;
        for (int j = 0; j < point.Length; j++)
        {
            double original = point[j];
            double h = 1e-6 * Math.Max(Math.Abs(original), 1e-10);
            point[j] = original + h;
            double up = logLikelihood(point);
            point[j] = original - h;
            double down = logLikelihood(point);
            point[j] = original;
            gradient[j] = (up - down) / (2 * h);
        }

        return value;
    };
}
