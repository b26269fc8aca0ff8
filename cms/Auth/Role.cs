namespace Knowledge.Cms.Auth;

/// <summary>What an API key may do. Anonymous callers have no key.</summary>
public enum Role
{
    Admin,
    Agent,
    Partner,
}
