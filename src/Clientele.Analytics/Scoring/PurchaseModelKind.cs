namespace Clientele.Analytics.Scoring;

/// <summary>Which repeat-purchase model scores customers.</summary>
public enum PurchaseModelKind
{
    /// <summary>BG/NBD (Fader, Hardie &amp; Lee 2005): drop-out can happen only right after a purchase.</summary>
    BgNbd,

    /// <summary>Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987): drop-out can happen at any time.</summary>
    ParetoNbd,
}
