namespace Clientele.Domain.Entities;

/// <summary>A customer (spec §1). Only <paramref name="Id"/> is required.</summary>
/// <param name="Id">Stable external id, unique among customers.</param>
/// <param name="Name">Display name.</param>
/// <param name="Industry">Industry.</param>
/// <param name="Size">Size class.</param>
/// <param name="Region">Sales region.</param>
/// <param name="Country">Country.</param>
/// <param name="AcquisitionChannel">How the customer was acquired: direct, dealer, online, referral, ….</param>
/// <param name="DealerId">The dealer that serves the customer, if any.</param>
/// <param name="AccountManagerId">The staff member who manages the account, if any.</param>
/// <param name="AcquiredOn">The day the customer was acquired.</param>
/// <param name="Attributes">Free key=value attributes.</param>
public sealed record Customer(
    string Id,
    string? Name = null,
    string? Industry = null,
    SizeClass? Size = null,
    string? Region = null,
    string? Country = null,
    string? AcquisitionChannel = null,
    string? DealerId = null,
    string? AccountManagerId = null,
    DateOnly? AcquiredOn = null,
    IReadOnlyDictionary<string, string>? Attributes = null);
