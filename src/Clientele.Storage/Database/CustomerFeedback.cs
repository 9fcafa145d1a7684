namespace Clientele.Storage.Database;

/// <summary>What one customer said and complained about in a window of days.</summary>
/// <param name="Complaints">Complaints dated in the window.</param>
/// <param name="SatisfactionSum">Σ satisfaction of the answers in the window, each rescaled to [0, 1] as (score − 1) / (scale − 1).</param>
/// <param name="SatisfactionAnswers">Survey answers with a satisfaction score in the window.</param>
public readonly record struct CustomerFeedback(int Complaints, double SatisfactionSum, int SatisfactionAnswers);
