using Clientele.Domain.Entities;

namespace Clientele.Analytics.Simulation;

/// <summary>
/// A whole simulated company (spec §1 entities) with the truth behind it. Lists are in customer order and,
/// within a customer, in date order; dealers, staff and the investment ledger come first-to-last by id and date.
/// </summary>
/// <param name="Options">The options it was generated from.</param>
/// <param name="Customers">Customers.</param>
/// <param name="Dealers">Dealers.</param>
/// <param name="Staff">Staff: account managers, customer service and sales.</param>
/// <param name="Transactions">Order lines (several per order for some orders) and returns (negative amounts).</param>
/// <param name="Interactions">Visits, calls, service requests, complaints, care actions, training and campaign touches.</param>
/// <param name="Investments">The cost ledger.</param>
/// <param name="SurveyResponses">Annual survey answers (NPS 0–10, satisfaction 1–5, dimension scores 1–5).</param>
/// <param name="Leads">Leads: one won lead per customer plus lost and open ones.</param>
/// <param name="Truth">The true behaviour of each customer, in customer order.</param>
public sealed record DemoCompany(
    DemoCompanyOptions Options,
    IReadOnlyList<Customer> Customers,
    IReadOnlyList<Dealer> Dealers,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<TransactionRecord> Transactions,
    IReadOnlyList<Interaction> Interactions,
    IReadOnlyList<Investment> Investments,
    IReadOnlyList<SurveyResponse> SurveyResponses,
    IReadOnlyList<Lead> Leads,
    IReadOnlyList<TrueCustomerBehaviour> Truth);
