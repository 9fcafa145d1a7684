using Clientele.Analytics.Simulation;

namespace Clientele.Storage.Database;

public sealed partial class ClienteleStore
{
    /// <summary>
    /// Stores every entity of a generated company (dealers and staff first, then customers and what refers to them)
    /// in one transaction: the demo and the tests that need a realistic store fill it the same way.
    /// </summary>
    /// <param name="company">The generated company.</param>
    public void InsertCompany(DemoCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        using var transaction = BeginTransaction();
        InsertDealers(company.Dealers);
        InsertStaff(company.Staff);
        InsertCustomers(company.Customers);
        InsertTransactions(company.Transactions);
        InsertInteractions(company.Interactions);
        InsertInvestments(company.Investments);
        InsertSurveyResponses(company.SurveyResponses);
        InsertLeads(company.Leads);
        transaction.Commit();
    }
}
