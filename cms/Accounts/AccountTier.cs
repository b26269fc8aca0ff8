namespace Knowledge.Cms.Accounts;

/// <summary>Commercial tier of a customer account.</summary>
public enum AccountTier
{
    Enterprise,
    Growth,
    Smb,
    Free,
}
