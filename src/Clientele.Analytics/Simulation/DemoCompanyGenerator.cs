using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// Simulates a whole company (spec §1, issue 3 "The demo company"): a Chinese industrial supplier with customers
/// of three size classes across industries, regions and acquisition channels, dealers, staff, buy-till-you-die
/// purchases (see <see cref="DemoCompanyOptions"/>), interactions, an investment ledger, surveys and leads, plus
/// the true behaviour behind them. Pure and seeded: every customer draws from its own random streams, so the same
/// options give the same company, and the per-entity <c>Generate…</c> enumerations stream exactly the rows that
/// <see cref="Generate"/> collects without holding the others in memory.
/// </summary>
public static class DemoCompanyGenerator
{
    /// <summary>Builds the whole company in memory.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="DemoCompanyOptions.Validate"/>).</exception>
    public static DemoCompany Generate(DemoCompanyOptions options)
    {
        var context = CreateContext(options);
        int n = options.Customers;
        var customers = new Customer[n];
        var lives = new DemoCustomerLife[n];
        var transactions = new List<TransactionRecord>(n * 10);
        var interactions = new List<Interaction>(n * 5);
        var surveys = new List<SurveyResponse>(n / 2);
        var leads = new List<Lead>(n * 3);
        var ledger = new DemoLedger(context);
        for (int i = 0; i < n; i++)
        {
            var life = DemoCustomerLife.Draw(i, context);
            customers[i] = life.ToCustomer(context);
            DemoTransactions.Add(life, context, transactions);
            int first = interactions.Count;
            DemoInteractions.Add(life, context, interactions);
            DemoSurveys.Add(life, context, interactions, first, surveys);
            DemoLeads.Add(life, context, leads);
            ledger.Add(life, interactions, first);
            life.PurchaseDays.TrimExcess();
            lives[i] = life;
        }

        var tiers = TrueTiers(lives.Select(l => l.ExpectedMarginNextYear()).ToArray());
        var truth = new TrueCustomerBehaviour[n];
        for (int i = 0; i < n; i++) truth[i] = lives[i].ToTruth(tiers[i]);

        return new DemoCompany(
            options, customers.AsReadOnly(), context.Workforce.Dealers, context.Workforce.Staff, transactions.AsReadOnly(), interactions.AsReadOnly(),
            ledger.Build().AsReadOnly(), surveys.AsReadOnly(), leads.AsReadOnly(), truth.AsReadOnly());
    }

    /// <summary>The dealers (the same as <see cref="DemoCompany.Dealers"/>).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IReadOnlyList<Dealer> GenerateDealers(DemoCompanyOptions options) => CreateContext(options).Workforce.Dealers;

    /// <summary>The staff (the same as <see cref="DemoCompany.Staff"/>).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IReadOnlyList<StaffMember> GenerateStaff(DemoCompanyOptions options) => CreateContext(options).Workforce.Staff;

    /// <summary>Streams the customers.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IEnumerable<Customer> GenerateCustomers(DemoCompanyOptions options) =>
        PerCustomer<Customer>(CreateContext(options), (life, context, into) => into.Add(life.ToCustomer(context)));

    /// <summary>Streams the transactions (order lines and returns), customer by customer.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IEnumerable<TransactionRecord> GenerateTransactions(DemoCompanyOptions options) =>
        PerCustomer<TransactionRecord>(CreateContext(options), DemoTransactions.Add);

    /// <summary>Streams the interactions, customer by customer.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IEnumerable<Interaction> GenerateInteractions(DemoCompanyOptions options) =>
        PerCustomer<Interaction>(CreateContext(options), DemoInteractions.Add);

    /// <summary>Streams the survey responses, customer by customer.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IEnumerable<SurveyResponse> GenerateSurveyResponses(DemoCompanyOptions options)
    {
        var interactions = new List<Interaction>();
        return PerCustomer<SurveyResponse>(CreateContext(options), (life, context, into) =>
        {
            interactions.Clear();
            DemoInteractions.Add(life, context, interactions);
            DemoSurveys.Add(life, context, interactions, 0, into);
        });
    }

    /// <summary>Streams the leads, customer by customer.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IEnumerable<Lead> GenerateLeads(DemoCompanyOptions options) => PerCustomer<Lead>(CreateContext(options), DemoLeads.Add);

    /// <summary>The investment ledger; simulates every customer once but keeps only the ledger.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IReadOnlyList<Investment> GenerateInvestments(DemoCompanyOptions options)
    {
        var context = CreateContext(options);
        var ledger = new DemoLedger(context);
        var interactions = new List<Interaction>();
        for (int i = 0; i < options.Customers; i++)
        {
            var life = DemoCustomerLife.Draw(i, context);
            interactions.Clear();
            DemoInteractions.Add(life, context, interactions);
            ledger.Add(life, interactions, 0);
        }

        return ledger.Build().AsReadOnly();
    }

    /// <summary>The true behaviour of every customer (tiers need them all, so this is a list).</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IReadOnlyList<TrueCustomerBehaviour> GenerateTruth(DemoCompanyOptions options)
    {
        var context = CreateContext(options);
        var lives = new DemoCustomerLife[options.Customers];
        for (int i = 0; i < lives.Length; i++) lives[i] = DemoCustomerLife.Draw(i, context);
        var tiers = TrueTiers(lives.Select(l => l.ExpectedMarginNextYear()).ToArray());
        return lives.Select((l, i) => l.ToTruth(tiers[i])).ToArray().AsReadOnly();
    }

    private static DemoContext CreateContext(DemoCompanyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DemoContext(options);
    }

    private static IEnumerable<T> PerCustomer<T>(DemoContext context, Action<DemoCustomerLife, DemoContext, List<T>> draw)
    {
        var buffer = new List<T>();
        for (int i = 0; i < context.Options.Customers; i++)
        {
            buffer.Clear();
            draw(DemoCustomerLife.Draw(i, context), context, buffer);
            foreach (var item in buffer) yield return item;
        }
    }

    /// <summary>Gold = top 5% by true expected margin, silver = next 15%, ties broken by customer order.</summary>
    private static TrueValueTier[] TrueTiers(double[] value)
    {
        int n = value.Length;
        var order = Enumerable.Range(0, n).OrderByDescending(i => value[i]).ThenBy(i => i).ToArray();
        var tiers = new TrueValueTier[n];
        int gold = (int)Math.Round(0.05 * n), silver = (int)Math.Round(0.20 * n);
        for (int rank = 0; rank < n; rank++) tiers[order[rank]] = rank < gold ? TrueValueTier.Gold : rank < silver ? TrueValueTier.Silver : TrueValueTier.Standard;
        return tiers;
    }
}
