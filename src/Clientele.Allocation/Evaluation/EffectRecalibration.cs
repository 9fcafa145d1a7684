using System.Globalization;

namespace Clientele.Allocation.Evaluation;

/// <summary>
/// Recalibrates options' assumed effects from plan-versus-actual outcomes (issue 5, "Plans and the loop"): one
/// factor per option that scales its effect, estimated from what its plan items realized against what they were
/// expected to, and shrunk toward the assumption by how credible the evidence is.
/// </summary>
/// <remarks>
/// <para><b>Raw factor.</b> For option k with outcomes i = 1 … n: f̂ = Σ Rᵢ / Σ Eᵢ (realized over expected gain). It
/// is the weighted least-squares slope of R on E through the origin when the noise variance of an item grows with its
/// expected gain, and it is what "the option returned f̂ times what we assumed" means in money. It is capped to
/// [<see cref="RecalibrationOptions.MinFactor"/>, <see cref="RecalibrationOptions.MaxFactor"/>] (default [0.25, 4]):
/// a handful of lucky or unlucky customers must not switch an option off or multiply it tenfold.</para>
/// <para><b>Control group.</b> A realized gain against a model's no-action baseline carries the model's bias for the
/// customers the option was aimed at (a misspecified spend model under-forecasts frequent buyers, say). Plan items
/// held out at random (<see cref="OptionOutcome.IsControl"/>: given nothing, realized value minus the same baseline)
/// measure that bias: with control mean c̄, f̂ = (Σ Rᵢ − n c̄) / Σ Eᵢ over the n treated items.</para>
/// <para><b>Credibility</b> (Bühlmann 1967; normal–normal Bayes): before evidence the true factor is 1 ± τ
/// (<see cref="RecalibrationOptions.PriorFactorSd"/>); f̂ has sampling variance ≈ (s²/n + s_c²/m) / Ē², with s² the
/// sample variance of the treated residuals Rᵢ − c̄ − f̂ Eᵢ, s_c² that of the m control outcomes (no control: the term
/// is 0) and Ē the mean expected gain. The posterior mean is z · f̂ + (1 − z) · 1 with
/// <c>z = τ² / (τ² + Var f̂) = n / (n + n₀)</c>, without a control group <c>n₀ = s² / (τ² Ē²)</c>: the number of
/// outcomes that weigh as much as the assumption. Noisy outcomes (realized value against a model's baseline carries the model's whole forecast
/// error) give a large n₀ and little movement; a user may fix n₀ instead
/// (<see cref="RecalibrationOptions.CredibilityConstant"/>).</para>
/// <para><b>Applying it.</b> The outcome measures value, not retention and spend separately, and the gain
/// (<see cref="OptionValuation.ExpectedGain"/>) is close to linear in both for the small effects of care options, so
/// one factor f scales both: (ρ, σ) → (min(1, f ρ), max(−1, f σ)). Options with no outcomes, with Σ E ≤ 0, or (with
/// n₀ estimated) with fewer than <see cref="RecalibrationOptions.MinOutcomes"/> treated outcomes keep their assumption.</para>
/// </remarks>
public static class EffectRecalibration
{
    /// <summary>Recalibrates every assumed effect from the outcomes of its plan items.</summary>
    /// <param name="assumed">The effects the plan assumed, by option id.</param>
    /// <param name="outcomes">One outcome per plan item (held-out control items flagged); every option id must be one of <paramref name="assumed"/>.</param>
    /// <param name="options">How evidence is weighed; null = <see cref="RecalibrationOptions"/>' defaults.</param>
    /// <returns>An effect for every assumed option, with the evidence and the reason.</returns>
    /// <exception cref="ArgumentException">An outcome names an unknown option or carries a non-finite gain, or the options are out of range.</exception>
    public static RecalibrationResult Recalibrate(
        IReadOnlyDictionary<string, OptionEffect> assumed, IReadOnlyList<OptionOutcome> outcomes, RecalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assumed);
        ArgumentNullException.ThrowIfNull(outcomes);
        options ??= new RecalibrationOptions();
        options.Validate();

        var byOption = assumed.Keys.ToDictionary(id => id, _ => new List<OptionOutcome>(), StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (outcome is null) throw new ArgumentException("The outcomes must not contain null.", nameof(outcomes));
            if (!byOption.TryGetValue(outcome.OptionId, out var list)) throw new ArgumentException($"An outcome names option '{outcome.OptionId}', which has no assumed effect.", nameof(outcomes));
            if (!double.IsFinite(outcome.ExpectedGain) || !double.IsFinite(outcome.RealizedGain)) throw new ArgumentException($"An outcome of option '{outcome.OptionId}' has a non-finite gain ({outcome.ExpectedGain}, {outcome.RealizedGain}).", nameof(outcomes));
            list.Add(outcome);
        }

        var effects = new Dictionary<string, OptionEffect>(StringComparer.Ordinal);
        var details = new Dictionary<string, OptionRecalibration>(StringComparer.Ordinal);
        foreach (var (id, effect) in assumed)
        {
            ArgumentNullException.ThrowIfNull(effect, nameof(assumed));
            var detail = RecalibrateOne(id, effect, byOption[id], options);
            effects[id] = detail.Recalibrated;
            details[id] = detail;
        }

        return new RecalibrationResult(effects.AsReadOnly(), details.AsReadOnly());
    }

    private static OptionRecalibration RecalibrateOne(string id, OptionEffect assumed, List<OptionOutcome> outcomes, RecalibrationOptions options)
    {
        var treated = outcomes.Where(o => !o.IsControl).ToArray();
        var control = outcomes.Where(o => o.IsControl).ToArray();
        int n = treated.Length, m = control.Length;
        double expected = treated.Sum(o => o.ExpectedGain);
        double bias = m == 0 ? 0 : control.Average(o => o.RealizedGain);
        double realized = treated.Sum(o => o.RealizedGain) - n * bias;
        string controlText = m == 0 ? "" : Text($" (less {n} × the control group's mean {bias:G4}, {m} held out)");

        OptionRecalibration Keep(string reason, double? raw = null) => new(id, n, expected, realized, raw, 0, 1, assumed, assumed, reason, m);
        if (n == 0) return Keep("no treated outcomes: the assumption is kept");
        if (!(expected > 0)) return Keep(Text($"the {n} outcomes expected a total gain of {expected:G4} (not positive): no ratio to measure, the assumption is kept"));

        double raw = realized / expected;
        double capped = Math.Clamp(raw, options.MinFactor, options.MaxFactor);
        double z;
        string weight;
        if (options.CredibilityConstant is { } fixedN0)
        {
            z = n / (n + fixedN0);
            weight = Text($"credibility z = n/(n + n₀) = {n}/({n} + {fixedN0:G4}) = {z:F3}");
        }
        else
        {
            if (n < options.MinOutcomes) return Keep(Text($"{n} outcomes (realized/expected {raw:G4}) are too few to estimate their spread (at least {options.MinOutcomes}): the assumption is kept"), raw);
            double meanExpected = expected / n, squares = 0;
            foreach (var o in treated)
            {
                double residual = o.RealizedGain - bias - raw * o.ExpectedGain;
                squares += residual * residual;
            }

            double treatedVariance = squares / (n - 1);
            double controlVariance = m >= 2 ? control.Sum(o => (o.RealizedGain - bias) * (o.RealizedGain - bias)) / (m - 1) : treatedVariance;
            double samplingVariance = (treatedVariance / n + (m == 0 ? 0 : controlVariance / m)) / (meanExpected * meanExpected);
            double tau = options.PriorFactorSd;
            z = tau * tau / (tau * tau + samplingVariance);
            double n0 = n * samplingVariance / (tau * tau);
            weight = Text($"credibility z = τ²/(τ² + Var f̂) = n/(n + n₀) = {n}/({n} + {n0:G4}) = {z:F3} (τ = {tau:G3}, standard error of f̂ {Math.Sqrt(samplingVariance):G3})");
        }

        double factor = z * capped + (1 - z);
        var recalibrated = new OptionEffect(Math.Min(1, factor * assumed.Retention), Math.Max(-1, factor * assumed.Spend));
        string cap = capped == raw ? "" : Text($", capped to {capped:G4}");
        string reason = Text($"realized/expected = {realized:G6}{controlText}/{expected:G6} = {raw:G4}{cap}; {weight}; factor {factor:F3}");
        return new OptionRecalibration(id, n, expected, realized, raw, z, factor, assumed, recalibrated, reason, m);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
