namespace Knowledge.Cms.Accounts;

/// <summary>Conditions on the accounts list; all given ones must hold.</summary>
public sealed record AccountFilter(
    string? NameContains = null,
    IReadOnlyList<AccountTier>? Tiers = null,
    int? HealthBelow = null,
    DateTime? RenewalBefore = null,
    bool? ExpansionOpportunity = null);
