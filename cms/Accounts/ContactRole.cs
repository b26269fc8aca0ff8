namespace Knowledge.Cms.Accounts;

/// <summary>A contact's role at the customer.</summary>
public enum ContactRole
{
    Executive,
    Admin,
    EndUser,
}
