namespace Knowledge.Cms.Data;

/// <summary>Whether start-up (migrations, seeding) has finished; read by the readiness check.</summary>
public sealed class DatabaseState
{
    private volatile bool ready;

    public bool IsReady => ready;

    internal void MarkReady() => ready = true;
}
