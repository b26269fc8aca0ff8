using Knowledge.Cms.Common;

namespace Knowledge.Cms.Accounts;

/// <summary>A customer organisation and its commercial facts.</summary>
public sealed class Account : IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Domain { get; set; }
    public AccountTier Tier { get; set; }
    /// <summary>Annual recurring revenue in the account's billing currency (USD in the demo).</summary>
    public decimal Arr { get; set; }
    public DateTime ContractStart { get; set; }
    public DateTime RenewalDate { get; set; }
    /// <summary>0 (about to leave) to 100 (thriving).</summary>
    public int HealthScore { get; set; }
    /// <summary>The customer success manager who owns the relationship.</summary>
    public string? CsmOwner { get; set; }
    public string? CsmEmail { get; set; }
    public bool ExpansionOpportunity { get; set; }
    public string? Region { get; set; }
    /// <summary>IANA time zone used for business-hours SLAs.</summary>
    public string TimeZone { get; set; } = "UTC";
    public List<string> Products { get; set; } = [];
    /// <summary>When the customer cancelled; cancelled accounts are the positive examples of churn training.</summary>
    public DateTime? CancelledAt { get; set; }
    /// <summary>When the account last moved to a lower tier or fewer seats.</summary>
    public DateTime? DowngradedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<Contact> Contacts { get; set; } = [];
}
