namespace Clientele.Analytics.Simulation;

/// <summary>What every customer's simulation shares: the options, the window as day numbers, dealers and staff.</summary>
internal sealed class DemoContext
{
    public const int DirectChannel = 0, DealerChannel = 1, OnlineChannel = 2, ReferralChannel = 3;

    private readonly int _idWidth;

    public DemoContext(DemoCompanyOptions options)
    {
        options.Validate();
        Options = options;
        StartDay = options.StartDate.DayNumber;
        EndDay = options.EndDate.DayNumber;
        Workforce = new DemoWorkforce(options);
        double a = options.A, b = options.B;
        MeanP = a / (a + b);
        SdP = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        _idWidth = Math.Max(6, options.Customers.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
    }

    public DemoCompanyOptions Options { get; }

    public int StartDay { get; }

    public int EndDay { get; }

    public DemoWorkforce Workforce { get; }

    /// <summary>Mean of p under Beta(a, b).</summary>
    public double MeanP { get; }

    /// <summary>Standard deviation of p under Beta(a, b).</summary>
    public double SdP { get; }

    /// <summary><c>C000001</c>, <c>C000002</c>, …, zero-padded to at least six digits.</summary>
    public string CustomerId(int index) => "C" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(_idWidth, '0');
}
