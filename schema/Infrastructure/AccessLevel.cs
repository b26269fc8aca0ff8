namespace Knowledge.Schema.Infrastructure;

/// <summary>Who may resolve a field (or every field of a type).</summary>
public enum AccessLevel
{
    /// <summary>Anyone, including anonymous callers.</summary>
    Public,
    /// <summary>Any API key (partner, agent, admin).</summary>
    Authenticated,
    /// <summary>Agents and admins.</summary>
    Staff,
    /// <summary>Admins only.</summary>
    Admin,
}
