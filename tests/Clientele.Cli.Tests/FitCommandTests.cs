using System.Text.Json.Nodes;

namespace Clientele.Cli.Tests;

/// <summary>
/// <c>clientele fit</c> on the CDNOW sample against published values (shared/data/README.md): CLVTools'
/// MLEs and log-likelihoods, and the BTYD walkthrough's holdout and tracking tables.
/// </summary>
public sealed class FitCommandTests(FitCdnowFixture fit) : IClassFixture<FitCdnowFixture>
{
    private static void AssertRelative(double expected, double actual, double tolerance, string what)
    {
        double error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"{what}: expected {expected} within {tolerance:G2} relative, got {actual} (relative error {error:G3})");
    }

    private static double[] Numbers(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<double>()).ToArray();

    [Fact]
    public void Fit_CdnowSample_ExitsZeroWithNothingOnStderr()
    {
        Assert.True(fit.Code == 0, $"exit {fit.Code}: {fit.Error}");
        Assert.Equal("", fit.Error);
        Assert.Equal(2357, fit.Json["customers"]!.GetValue<int>());
        Assert.Equal(6919, fit.Json["rows"]!["accepted"]!.GetValue<long>());
        Assert.Equal("week", fit.Json["unit"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("bgnbd", "r", 0.2425945)]
    [InlineData("bgnbd", "alpha", 4.4136019)]
    [InlineData("bgnbd", "a", 0.7929199)]
    [InlineData("bgnbd", "b", 2.4258881)]
    [InlineData("paretoNbd", "r", 0.55315)]
    [InlineData("paretoNbd", "alpha", 10.57633)]
    [InlineData("paretoNbd", "s", 0.60625)]
    [InlineData("paretoNbd", "beta", 11.67150)]
    public void Fit_CdnowSample_ParametersMatchClvTools(string model, string parameter, double expected)
    {
        AssertRelative(expected, fit.Json[model]![parameter]!.GetValue<double>(), 1e-3, $"{model}.{parameter}");
    }

    [Theory]
    [InlineData("bgnbd", -9582.429)]
    [InlineData("paretoNbd", -9594.976)]
    [InlineData("gammaGamma", -4055.9177)]
    public void Fit_CdnowSample_LogLikelihoodMatchesClvTools(string model, double expected)
    {
        Assert.Equal(expected, fit.Json[model]!["logLikelihood"]!.GetValue<double>(), 0.01);
    }

    [Theory]
    [InlineData("p", 6.25)]
    [InlineData("q", 3.74)]
    [InlineData("v", 15.44)]
    public void Fit_CdnowSample_GammaGammaOnCalibrationRepeatSpendMatchesLifetimes(string parameter, double expected)
    {
        // Gamma-Gamma is fitted on the calibration-period repeat spend of the 946 repeat customers (zbar in
        // cdnow_customers_summary_with_transactions.csv); lifetimes asserts 2 decimals.
        Assert.Equal(expected, Math.Round(fit.Json["gammaGamma"]![parameter]!.GetValue<double>(), 2));
    }

    [Fact]
    public void Fit_CdnowSample_PrefersParetoNbdByHoldoutBinError()
    {
        // BTYD's tables (walkthrough p.11 and p.24): Pareto/NBD's bin means are closer to the actual ones
        // (MAE ≈ 0.10 against BG/NBD's ≈ 0.22), so model choice by holdout error picks Pareto/NBD.
        var holdout = fit.Json["holdout"]!;
        Assert.Equal("paretoNbd", holdout["preferredModel"]!.GetValue<string>());
        Assert.Equal(0.101, holdout["paretoNbd"]!["binMeanAbsoluteError"]!.GetValue<double>(), 3);
        Assert.Equal(0.224, holdout["bgnbd"]!["binMeanAbsoluteError"]!.GetValue<double>(), 3);
    }

    [Fact]
    public void Fit_CdnowSample_HoldoutBinsMatchBtyd()
    {
        var bins = fit.Json["holdout"]!["bgnbd"]!["bins"]!.AsArray();

        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7+"], bins.Select(b => b!["frequency"]!.GetValue<string>()));
        Assert.Equal([1411, 439, 214, 100, 62, 38, 29, 64], bins.Select(b => b!["customers"]!.GetValue<int>()));
        double[] actual = [0.2367116, 0.6970387, 1.392523, 1.56, 2.532258, 2.947368, 3.862069, 6.359375];
        double[] expected = [0.2250893, 0.5231364, 1.044126, 1.520256, 2.163824, 2.653789, 3.503957, 6.157036];
        for (int i = 0; i < bins.Count; i++)
        {
            AssertRelative(actual[i], bins[i]!["actual"]!.GetValue<double>(), 1e-6, $"actual mean, bin {i}");
            // Our MLE vs BTYD's differ in the 4th–5th digit; the measured gap is 2.5e-5, so 1e-4.
            AssertRelative(expected[i], bins[i]!["expected"]!.GetValue<double>(), 1e-4, $"BG/NBD expected mean, bin {i}");
        }
    }

    /// <summary>
    /// BTYD p.26–27 (BG/NBD) and p.13–14 (Pareto/NBD). Tolerances: BTYD evaluates the same expectation at its
    /// own MLE. For BG/NBD its parameters differ from CLVTools' (which we match) by ≤ 1.2e-4 relative and the
    /// measured gap is 3.4e-6, so 2e-5. For Pareto/NBD BTYD's beta is 11.656 against 11.6715 (1.3e-3) and it
    /// prints 3 decimals; the measured gap is 5.0e-5, so 2e-4. Both are far below the ~2% gap between the two
    /// models' curves, so a wrong model, week or birth-day convention fails.
    /// </summary>
    public static TheoryData<string, double[], double[], double> TrackingReference => new()
    {
        { "bgnbd", [76.86531, 74.88843, 73.04554, 71.32166, 69.70412, 68.18213], [1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6], 2e-5 },
        { "paretoNbd", [78.308, 76.419, 74.648, 72.983, 71.414, 69.933], [1308.856, 1385.275, 1459.923, 1532.906, 1604.32, 1674.253], 2e-4 },
    };

    [Theory]
    [MemberData(nameof(TrackingReference))]
    public void Fit_CdnowSample_WeeklyTrackingWeeks20To25MatchesBtyd(string model, double[] incremental, double[] cumulative, double tolerance)
    {
        var tracking = fit.Json["holdout"]![model]!["tracking"]!;
        var actualIncremental = Numbers(tracking["actualIncremental"]);
        var actualCumulative = Numbers(tracking["actualCumulative"]);
        var expectedIncremental = Numbers(tracking["expectedIncremental"]);
        var expectedCumulative = Numbers(tracking["expectedCumulative"]);

        Assert.Equal("1997-01-01", tracking["start"]!.GetValue<string>());
        Assert.Equal(39, tracking["calibrationPeriods"]!.GetValue<int>());
        Assert.Equal(78, actualIncremental.Length);
        Assert.Equal([73.0, 55, 70, 33, 56, 99], actualIncremental[19..25]);
        Assert.Equal([1359.0, 1414, 1484, 1517, 1573, 1672], actualCumulative[19..25]);
        Assert.Equal(2457 + 1882, actualCumulative[^1]);
        for (int i = 0; i < 6; i++)
        {
            AssertRelative(incremental[i], expectedIncremental[19 + i], tolerance, $"{model} expected incremental, week {20 + i}");
            AssertRelative(cumulative[i], expectedCumulative[19 + i], tolerance, $"{model} expected cumulative, week {20 + i}");
        }
    }

    [Fact]
    public void Fit_TableOutput_NamesTheParameters()
    {
        var (code, output, error) = Cli.Run(FitCdnowFixture.Arguments);

        Assert.True(code == 0, error);
        foreach (var word in new[] { "BG/NBD", "Pareto/NBD", "Gamma-Gamma", " r ", " alpha ", " a ", " b ", " s ", " beta ", " p ", " q ", " v ", "2,357" })
        {
            Assert.Contains(word, output);
        }
    }
}
