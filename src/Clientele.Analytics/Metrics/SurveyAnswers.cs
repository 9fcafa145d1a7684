using System.Collections.Immutable;
using Clientele.Domain.Entities;

namespace Clientele.Analytics.Metrics;

/// <summary>
/// Survey responses, columnar: per response the customer, day, NPS answer (−1 when not answered), overall
/// satisfaction (NaN when not answered) and the top of its scale; plus the dimension scores as
/// (response, dimension, score) rows.
/// </summary>
public sealed class SurveyAnswers
{
    /// <summary>Builds the columns; the response columns share one length, the score columns another.</summary>
    /// <exception cref="ArgumentException">The lengths differ, or a score names a response or dimension that does not exist.</exception>
    public SurveyAnswers(
        int[] customer, int[] day, int[] nps, double[] satisfaction, int[] scale,
        string[] dimensionNames, int[] scoreResponse, int[] scoreDimension, double[] score)
    {
        ArgumentNullException.ThrowIfNull(customer);
        int n = customer.Length;
        if (day?.Length != n || nps?.Length != n || satisfaction?.Length != n || scale?.Length != n)
        {
            throw new ArgumentException("Every column of the survey responses must have the same length.", nameof(customer));
        }

        ArgumentNullException.ThrowIfNull(dimensionNames);
        if (scoreResponse?.Length != scoreDimension?.Length || score?.Length != scoreResponse!.Length)
        {
            throw new ArgumentException("Every column of the dimension scores must have the same length.", nameof(score));
        }

        for (int i = 0; i < score.Length; i++)
        {
            if ((uint)scoreResponse[i] >= (uint)n || (uint)scoreDimension![i] >= (uint)dimensionNames.Length)
            {
                throw new ArgumentException($"Dimension score {i} names a response or dimension that does not exist.", nameof(score));
            }
        }

        Customer = MetricsCustomers.Wrap(customer);
        Day = MetricsCustomers.Wrap(day);
        Nps = MetricsCustomers.Wrap(nps);
        Satisfaction = MetricsCustomers.Wrap(satisfaction);
        Scale = MetricsCustomers.Wrap(scale);
        DimensionNames = MetricsCustomers.Wrap(dimensionNames);
        ScoreResponse = MetricsCustomers.Wrap(scoreResponse);
        ScoreDimension = MetricsCustomers.Wrap(scoreDimension!);
        Score = MetricsCustomers.Wrap(score);
    }

    /// <summary>Number of responses.</summary>
    public int Count => Customer.Length;

    /// <summary>Customer index per response.</summary>
    public ImmutableArray<int> Customer { get; }

    /// <summary>Day number per response.</summary>
    public ImmutableArray<int> Day { get; }

    /// <summary>NPS answer 0–10, −1 when not answered.</summary>
    public ImmutableArray<int> Nps { get; }

    /// <summary>Overall satisfaction on the response's scale, NaN when not answered.</summary>
    public ImmutableArray<double> Satisfaction { get; }

    /// <summary>Top of the response's satisfaction scale (5 or 10).</summary>
    public ImmutableArray<int> Scale { get; }

    /// <summary>The dimension names.</summary>
    public ImmutableArray<string> DimensionNames { get; }

    /// <summary>Per score: the response it belongs to.</summary>
    public ImmutableArray<int> ScoreResponse { get; }

    /// <summary>Per score: its dimension, an index into <see cref="DimensionNames"/>.</summary>
    public ImmutableArray<int> ScoreDimension { get; }

    /// <summary>Per score: the score, on its response's scale.</summary>
    public ImmutableArray<double> Score { get; }

    /// <summary>Columnar view of <paramref name="responses"/> (unknown customers are ignored).</summary>
    public static SurveyAnswers FromResponses(IEnumerable<SurveyResponse> responses, IReadOnlyDictionary<string, int> index)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(index);
        var kept = responses.Where(r => index.ContainsKey(r.CustomerId)).ToList();
        var names = new List<string>();
        var nameIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sr = new List<int>();
        var sd = new List<int>();
        var sv = new List<double>();
        for (int i = 0; i < kept.Count; i++)
        {
            foreach (var (name, value) in kept[i].Dimensions ?? new Dictionary<string, decimal>())
            {
                if (!nameIndex.TryGetValue(name, out int d)) { nameIndex[name] = d = names.Count; names.Add(name); }
                sr.Add(i);
                sd.Add(d);
                sv.Add((double)value);
            }
        }

        return new SurveyAnswers(
            kept.Select(r => index[r.CustomerId]).ToArray(), kept.Select(r => r.Date.DayNumber).ToArray(), kept.Select(r => r.Nps ?? -1).ToArray(),
            kept.Select(r => r.Satisfaction is { } s ? (double)s : double.NaN).ToArray(), kept.Select(r => r.SatisfactionScale).ToArray(),
            [.. names], [.. sr], [.. sd], [.. sv]);
    }
}
