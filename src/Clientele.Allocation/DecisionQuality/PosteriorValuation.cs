using MathNet.Numerics.Integration;

namespace Clientele.Allocation.DecisionQuality;

/// <summary>
/// What the "posterior" reference policy (<see cref="DecisionPolicy.Posterior"/>) values: the informed valuation
/// (<see cref="InformedValuation"/>: the true expected margin averaged over the customer's unknown response) averaged
/// over the exact Bayesian posterior of the customer's state (alive, λ, p, μ) given everything the firm observes —
/// purchase times, order values, complaints and its own past plans — under the true world (r, α, a, b, the spend and
/// complaint laws, all known) and the options' true population-level effects. The best reading of the firm's own data.
/// </summary>
/// <remarks>
/// <para>Likelihood (Fader, Hardie &amp; Lee 2005, with the world's complaint and spend laws). A customer can leave
/// only right after a repeat purchase, so a dead customer left at t_x. With x repeat purchases, exposure E_a = T − t₁
/// (alive) or E_d = t_x − t₁ (dead), c complaints at yearly rate κ(p) = base + risk · p/E[p]:</para>
/// <para><c>alive: λ^x e^(−λE_a) · S(p) · κ(p)^c e^(−κ(p)E_a)</c>;
/// <c>dead (x &gt; 0, no complaint after t_x): λ^x e^(−λE_d) · S†(p) · κ(p)^c e^(−κ(p)E_d)</c>,</para>
/// <para>where before any plan S(p) = (1 − p)^x and S†(p) = p(1 − p)^(x−1); in a year an executed plan gave the
/// customer option j, its y purchases survive with probability (1 − (1 − ρ)p) each, so S gains the factor
/// E_ρ[(1 − (1 − ρ)p)^y] (and S† the factor E_ρ[(1 − (1 − ρ)p)^(y−1)(1 − ρ)p] when the last purchase fell there),
/// ρ over the option's response prior (<see cref="InformedValuation.RetentionRule"/>). Orders are μ · Gamma(4, 1)/4
/// ((1 + σ)μ · … in a treated year, σ over its prior), so the order values give
/// <c>L(μ) = μ^(−4n) e^(−4S₀/μ) · Π_j E_σ[(1 + σ)^(−4n_j) e^(−4S_j/((1 + σ)μ))]</c>, and the prior of μ given λ is
/// μ = (λ/E[λ])^e (20 + G), G ~ Gamma(2, scale). Priors λ ~ Gamma(r, α), p ~ Beta(a, b).</para>
/// <para>Within each branch the likelihood factorises into a λ part (timing and order values) and a p part
/// (survival and complaints), so each branch needs two one-dimensional integrals and the alive branch's value a
/// double sum. Each integral is Gauss–Legendre on a window where the log-integrand is within 36 of its maximum
/// (e^(−36) ≈ 2e−16), in λ^κ and p^κ (κ = min(1, exponent), removing a power singularity at 0) and in ln μ. The value is
/// <c>E[margin_k] = P(alive) · m (1 + σ̄_k) Σ_a w_a E[μ | λ_a] λ_a Σ_b w_b Ψ_k(λ_a p_b)</c> with Ψ_k the response-averaged
/// discounted orders (<see cref="HazardTable"/>), the dead branch adding nothing.</para>
/// </remarks>
internal sealed class PosteriorValuation
{
    /// <summary>Gauss–Legendre orders of the λ, p and ln μ integrals (doubling them changes values by &lt; 1e−5 relative: tested).</summary>
    public const int LambdaOrder = 64, DropoutOrder = 64, SpendOrder = 48;

    /// <summary>A customer this unlikely to be alive is worth nothing to any option (its gains are below 1e−4 currency units).</summary>
    public const double NegligibleAlive = 1e-9;

    private const double Drop = 36;
    private readonly SimulatedWorld _world;
    private readonly IReadOnlyList<OptionEffect> _effects;
    private readonly ResponseQuadrature[] _retention, _spend;
    private readonly HazardTable[] _tables;
    private readonly (double[] X, double[] W) _lambdaRule, _dropoutRule, _spendRule;

    /// <summary>The valuation for a world, the options' true population-level effects and the response heterogeneity h.</summary>
    public PosteriorValuation(SimulatedWorld world, IReadOnlyList<OptionEffect> effects, double heterogeneity, int lambdaOrder = LambdaOrder, int dropoutOrder = DropoutOrder, int spendOrder = SpendOrder)
    {
        _world = world;
        _effects = effects;
        _retention = [.. effects.Select(e => InformedValuation.RetentionRule(e.Retention, heterogeneity))];
        _spend = [.. effects.Select(e => new ResponseQuadrature(e.Spend, InformedValuation.MultiplierSigma(heterogeneity), double.PositiveInfinity))];
        _tables = [.. _retention.Select(r => new HazardTable(r))];
        _lambdaRule = Unit(lambdaOrder);
        _dropoutRule = Unit(dropoutOrder);
        _spendRule = Unit(spendOrder);
    }

    /// <summary>The posterior expected incremental margin of every option for every customer (customer · options + option).</summary>
    public static double[] Gains(SimulatedCompany company, SimulatedWorld world, double marginRate)
    {
        int n = company.Count, k = company.Options.Count;
        var valuation = new PosteriorValuation(world, company.PopulationEffects, company.ResponseHeterogeneity);
        var gains = new double[n * k];
        // Customers are independent: each writes only its own slots, so the result does not depend on the threads.
        Parallel.For(0, n, i =>
        {
            var posterior = valuation.Posterior(ObservedHistory.Of(company, i, world));
            if (posterior.AliveProbability < NegligibleAlive) return;
            var margins = valuation.ExpectedMargins(posterior, marginRate);
            for (int j = 0; j < k; j++) gains[i * k + j] = margins[j] - margins[0];
        });
        return gains;
    }

    /// <summary>
    /// P(alive) · m (1 + σ̄_k) E[μ λ Ψ_k(λp) | alive] for every option k: the expected discounted margin under the posterior
    /// (option 0 must be "none" for <see cref="Gains"/> to be increments).
    /// </summary>
    public double[] ExpectedMargins(CustomerPosterior posterior, double marginRate)
    {
        int k = _tables.Length;
        var sums = new double[k];
        var inner = new double[k];
        for (int a = 0; a < posterior.Lambda.Length; a++)
        {
            double lambda = posterior.Lambda[a], outer = posterior.LambdaWeight[a] * posterior.MeanSpend[a] * lambda;
            if (outer == 0) continue;
            Array.Clear(inner);
            for (int b = 0; b < posterior.P.Length; b++)
            {
                double w = posterior.PWeight[b];
                if (w == 0) continue;
                double hazard = lambda * posterior.P[b], coordinate = HazardTable.Coordinate(hazard);
                for (int j = 0; j < k; j++) inner[j] += w * _tables[j].Value(hazard, coordinate);
            }

            for (int j = 0; j < k; j++) sums[j] += outer * inner[j];
        }

        for (int j = 0; j < k; j++) sums[j] *= posterior.AliveProbability * marginRate * (1 + _effects[j].Spend);
        return sums;
    }

    /// <summary>The posterior of one customer's state given its observed history.</summary>
    /// <exception cref="ArgumentException">The history has an exposure or spend that is not finite, or a treated year names an option out of range.</exception>
    public CustomerPosterior Posterior(ObservedHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (!double.IsFinite(history.AliveExposure + history.DeadExposure + history.UntreatedSpend) || history.AliveExposure < history.DeadExposure || history.DeadExposure < 0)
        {
            throw new ArgumentException($"The history's exposures must satisfy 0 ≤ dead ≤ alive, got {history.DeadExposure} and {history.AliveExposure}.", nameof(history));
        }

        if (history.TreatedOption.Any(j => j < 0 || j >= _effects.Count)) throw new ArgumentException("A treated year names an option outside the menu.", nameof(history));

        var w = _world;
        int x = history.Repeats;
        double shape = w.R + x;
        bool deadPossible = x > 0 && !history.ComplaintAfterLastPurchase;

        // λ: the timing kernel λ^(r+x−1) e^(−(α+E)λ) per branch, in t = λ^κ.
        var (aliveLambda, aliveLambdaLog) = GammaNodes(shape, w.Alpha + history.AliveExposure);
        var (deadLambda, deadLambdaLog) = deadPossible ? GammaNodes(shape, w.Alpha + history.DeadExposure) : ([], []);

        // μ: the order values' likelihood on a ln μ grid, then per λ node the prior of μ given λ.
        double meanLambda = w.R / w.Alpha;
        double centre = shape / (w.Alpha + history.AliveExposure), spread = Math.Exp(4 / Math.Sqrt(shape));
        var (spendNodes, spendLog) = SpendNodes(history, [Relative(centre / spread, meanLambda), Relative(centre, meanLambda), Relative(centre * spread, meanLambda)]);
        var meanSpend = new double[aliveLambda.Length];
        for (int a = 0; a < aliveLambda.Length; a++) aliveLambdaLog[a] += SpendEvidence(spendNodes, spendLog, Relative(aliveLambda[a], meanLambda), out meanSpend[a]);
        for (int a = 0; a < deadLambda.Length; a++) deadLambdaLog[a] += SpendEvidence(spendNodes, spendLog, Relative(deadLambda[a], meanLambda), out _);

        // p: survival of the repeat purchases and the complaints, per branch.
        var (aliveP, alivePLog) = DropoutNodes(history, dead: false);
        double logAlive = LogSumExp(aliveLambdaLog) + LogSumExp(alivePLog);
        double alive = 1;
        if (deadPossible)
        {
            var (_, deadPLog) = DropoutNodes(history, dead: true);
            double logDead = LogSumExp(deadLambdaLog) + LogSumExp(deadPLog);
            alive = double.IsNegativeInfinity(logDead) ? 1 : 1 / (1 + Math.Exp(logDead - logAlive));
        }

        return new CustomerPosterior(alive, aliveLambda, Normalise(aliveLambdaLog), meanSpend, aliveP, Normalise(alivePLog));
    }

    private static double Relative(double lambda, double meanLambda) => lambda / meanLambda;

    private (double[] Nodes, double[] Log) GammaNodes(double shape, double rate)
    {
        double kappa = Math.Min(1, shape);
        double power = (shape - kappa) / kappa; // the log-integrand in t = λ^κ: power · ln t − rate · t^(1/κ)
        double Log(double t) => power * Math.Log(t) - rate * Math.Pow(t, 1 / kappa);
        double top = Math.Pow((shape + 80 + 15 * Math.Sqrt(shape)) / rate, kappa);
        var (lo, hi) = Window(Log, top * 1e-14, top);
        var (xs, ws) = Map(_lambdaRule, lo, hi);
        var nodes = new double[xs.Length];
        var log = new double[xs.Length];
        for (int a = 0; a < xs.Length; a++)
        {
            nodes[a] = Math.Pow(xs[a], 1 / kappa);
            log[a] = Math.Log(ws[a] / kappa) + Log(xs[a]);
        }

        return (nodes, log);
    }

    /// <summary>ln μ nodes over the union of the windows of the spend posterior at the given λ / E[λ], with the exact log-likelihood there.</summary>
    private (double[] Nodes, double[] Log) SpendNodes(ObservedHistory history, double[] relativeLambdas)
    {
        int orders = history.Orders;
        double scale = _world.SpendScale;
        double plugIn = history.UntreatedSpend;
        for (int j = 0; j < history.TreatedRepeats.Length; j++) plugIn += history.TreatedSpend[j] / (1 + _effects[history.TreatedOption[j]].Spend);
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double relative in relativeLambdas)
        {
            double c = Math.Pow(relative, _world.SpendFrequencyElasticity);
            double Log(double v) => -4 * orders * v - 4 * plugIn * Math.Exp(-v) + v + LogSpendPrior(Math.Exp(v), c, scale);
            double floor = Math.Log(20 * c) + 1e-12, ceiling = Math.Log(c * (20 + 150 * scale));
            var (l, h) = Window(Log, floor, ceiling);
            lo = Math.Min(lo, l);
            hi = Math.Max(hi, h);
        }

        var (vs, ws) = Map(_spendRule, lo, hi);
        var log = new double[vs.Length];
        for (int m = 0; m < vs.Length; m++) log[m] = Math.Log(ws[m]) + vs[m] + LogSpendLikelihood(history, Math.Exp(vs[m]));
        double max = log.Max();
        for (int m = 0; m < vs.Length; m++) log[m] -= max;
        return (vs, log);
    }

    /// <summary>ln L(μ) of the order values, up to a constant: −4n ln μ − 4S₀/μ + Σ_j ln E_σ[(1 + σ)^(−4n_j) e^(−4S_j/((1 + σ)μ))].</summary>
    internal double LogSpendLikelihood(ObservedHistory history, double mu)
    {
        double log = -4 * history.Orders * Math.Log(mu) - 4 * history.UntreatedSpend / mu;
        for (int j = 0; j < history.TreatedRepeats.Length; j++)
        {
            int count = history.TreatedRepeats[j];
            if (count == 0) continue;
            var rule = _spend[history.TreatedOption[j]];
            var terms = new double[rule.Points.Count];
            for (int l = 0; l < terms.Length; l++)
            {
                double lift = 1 + rule.Points[l];
                terms[l] = Math.Log(rule.Weights[l]) - 4 * count * Math.Log(lift) - 4 * history.TreatedSpend[j] / (lift * mu);
            }

            log += LogSumExp(terms);
        }

        return log;
    }

    /// <summary>ln of the prior density of μ given c = (λ/E[λ])^e: μ = c(20 + G), G ~ Gamma(2, scale).</summary>
    private static double LogSpendPrior(double mu, double c, double scale)
    {
        double g = mu / c - 20;
        return g > 0 ? Math.Log(g) - g / scale - 2 * Math.Log(scale) - Math.Log(c) : double.NegativeInfinity;
    }

    /// <summary>ln ∫ π(μ | λ) L(μ) dμ on the μ grid (relative to the grid's maximum likelihood), and E[μ | λ, orders].</summary>
    private double SpendEvidence(double[] vs, double[] log, double relativeLambda, out double mean)
    {
        double c = Math.Pow(relativeLambda, _world.SpendFrequencyElasticity), scale = _world.SpendScale;
        double evidence = 0, moment = 0;
        for (int m = 0; m < vs.Length; m++)
        {
            double mu = Math.Exp(vs[m]), g = mu / c - 20;
            if (!(g > 0)) continue;
            double term = g / (scale * scale * c) * Math.Exp(log[m] - g / scale);
            evidence += term;
            moment += term * mu;
        }

        mean = evidence > 0 ? moment / evidence : 0;
        return evidence > 0 ? Math.Log(evidence) : double.NegativeInfinity;
    }

    /// <summary>p nodes (in t = p^κ) and the log-integrand of a branch: prior, survival of the repeat purchases, complaints.</summary>
    private (double[] Nodes, double[] Log) DropoutNodes(ObservedHistory history, bool dead)
    {
        var w = _world;
        double perWeek = 7 / 365.25, meanP = w.A / (w.A + w.B);
        double baseRate = w.ComplaintBaseRate * perWeek, riskRate = w.ComplaintRiskRate / meanP * perWeek;
        double exposure = dead ? history.DeadExposure : history.AliveExposure;
        int last = dead ? history.LastRegime : -2;
        double exponent = dead ? w.A + 1 : w.A; // the power of p in the prior times S or S†
        double kappa = Math.Min(1, exponent);

        double Log(double p, bool exact)
        {
            double log = (w.B - 1) * Math.Log(1 - p);
            log += (dead && last == -1 ? history.UntreatedRepeats - 1 : history.UntreatedRepeats) * Math.Log(1 - p);
            for (int j = 0; j < history.TreatedRepeats.Length; j++)
            {
                int y = history.TreatedRepeats[j];
                if (y == 0) continue;
                log += exact ? LogTreatedSurvival(p, y, _retention[history.TreatedOption[j]], j == last) : PlugInSurvival(p, y, _effects[history.TreatedOption[j]].Retention, j == last);
            }

            if (history.Complaints > 0) log += history.Complaints * Math.Log(baseRate + riskRate * p);
            return log - (baseRate + riskRate * p) * exposure;
        }

        // The integrand in t = p^κ: p^(exponent − 1) dp = t^((exponent − κ)/κ) dt / κ; the survival's extra (1 − ρ)
        // for a dead customer whose last purchase was treated is in LogTreatedSurvival, so the power of p is a + 1 there too.
        double power = (exponent - kappa) / kappa;
        double LogT(double t, bool exact) => power * Math.Log(t) + Log(Math.Pow(t, 1 / kappa), exact) - (dead && last >= 0 ? Math.Log(Math.Pow(t, 1 / kappa)) : 0);
        var (lo, hi) = Window(t => LogT(t, exact: false), 1e-300, 1 - 1e-15);
        var (ts, ws) = Map(_dropoutRule, lo, hi);
        var nodes = new double[ts.Length];
        var logs = new double[ts.Length];
        for (int b = 0; b < ts.Length; b++)
        {
            nodes[b] = Math.Pow(ts[b], 1 / kappa);
            logs[b] = Math.Log(ws[b] / kappa) + LogT(ts[b], exact: true);
        }

        return (nodes, logs);
    }

    /// <summary>ln E_ρ[(1 − (1 − ρ)p)^y] (survived), or ln E_ρ[(1 − (1 − ρ)p)^(y−1)(1 − ρ)p] (left at the last of the y).</summary>
    private static double LogTreatedSurvival(double p, int y, ResponseQuadrature rule, bool leftAtLast)
    {
        var terms = new double[rule.Points.Count];
        for (int l = 0; l < terms.Length; l++)
        {
            double q = (1 - rule.Points[l]) * p;
            terms[l] = Math.Log(rule.Weights[l]) + (leftAtLast ? (y - 1) * Math.Log(1 - q) + Math.Log(q) : y * Math.Log(1 - q));
        }

        return LogSumExp(terms);
    }

    private static double PlugInSurvival(double p, int y, double retention, bool leftAtLast)
    {
        double q = (1 - Math.Min(InformedValuation.RetentionCap, retention)) * p;
        return leftAtLast ? (y - 1) * Math.Log(1 - q) + Math.Log(q) : y * Math.Log(1 - q);
    }

    /// <summary>
    /// The interval of [lo, hi] where a unimodal log-integrand is within <see cref="Drop"/> of its maximum: golden-section
    /// search for the mode, then bisection for each edge.
    /// </summary>
    internal static (double Lo, double Hi) Window(Func<double, double> log, double lo, double hi)
    {
        double ratio = (Math.Sqrt(5) - 1) / 2, a = lo, b = hi;
        double c = b - ratio * (b - a), d = a + ratio * (b - a), fc = Safe(log(c)), fd = Safe(log(d));
        for (int it = 0; it < 200 && b - a > 1e-13 * (Math.Abs(a) + Math.Abs(b)); it++)
        {
            if (fc >= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = Safe(log(c));
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = Safe(log(d));
            }
        }

        double mode = 0.5 * (a + b), top = Safe(log(mode)), target = top - Drop;
        return (Edge(log, lo, mode, target, rising: true), Edge(log, mode, hi, target, rising: false));
    }

    private static double Edge(Func<double, double> log, double a, double b, double target, bool rising)
    {
        if (Safe(log(rising ? a : b)) >= target) return rising ? a : b;
        for (int it = 0; it < 200 && b - a > 1e-14 * (Math.Abs(a) + Math.Abs(b)); it++)
        {
            double m = 0.5 * (a + b);
            bool above = Safe(log(m)) >= target;
            if (above == rising) b = m;
            else a = m;
        }

        return rising ? a : b;
    }

    private static double Safe(double value) => double.IsNaN(value) ? double.NegativeInfinity : value;

    private static (double[] X, double[] W) Unit(int order)
    {
        var rule = new GaussLegendreRule(-1, 1, order);
        return (rule.Abscissas, rule.Weights);
    }

    private static (double[] X, double[] W) Map((double[] X, double[] W) unit, double lo, double hi)
    {
        double mid = 0.5 * (lo + hi), half = 0.5 * (hi - lo);
        return ([.. unit.X.Select(x => mid + half * x)], [.. unit.W.Select(w => half * w)]);
    }

    internal static double LogSumExp(double[] values)
    {
        if (values.Length == 0) return double.NegativeInfinity;
        double max = values.Max();
        if (double.IsNegativeInfinity(max)) return max;
        double sum = 0;
        foreach (double v in values) sum += Math.Exp(v - max);
        return max + Math.Log(sum);
    }

    private static double[] Normalise(double[] log)
    {
        double total = LogSumExp(log);
        return [.. log.Select(v => double.IsNegativeInfinity(total) ? 0 : Math.Exp(v - total))];
    }
}
