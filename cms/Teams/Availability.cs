namespace Knowledge.Cms.Teams;

/// <summary>Whether an agent can take work now.</summary>
public enum Availability
{
    Available,
    Busy,
    Away,
    Offline,
}
