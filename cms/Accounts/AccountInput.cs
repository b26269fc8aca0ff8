namespace Knowledge.Cms.Accounts;

/// <summary>Fields of an account to create or change; null means "leave as is" on update.</summary>
public sealed record AccountInput(
    string? Name = null,
    string? Domain = null,
    AccountTier? Tier = null,
    decimal? Arr = null,
    DateTime? ContractStart = null,
    DateTime? RenewalDate = null,
    int? HealthScore = null,
    string? CsmOwner = null,
    string? CsmEmail = null,
    bool? ExpansionOpportunity = null,
    string? Region = null,
    string? TimeZone = null,
    IReadOnlyList<string>? Products = null);
