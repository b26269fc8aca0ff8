namespace Knowledge.Cms.Accounts;

/// <summary>Sortable account fields.</summary>
public enum AccountOrderField
{
    Name,
    Arr,
    RenewalDate,
    HealthScore,
    CreatedAt,
}
