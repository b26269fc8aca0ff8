namespace Knowledge.Cms.Common;

/// <summary>An entity with a database-assigned integer key; its global GraphQL id is derived from the type and key.</summary>
public interface IEntity
{
    int Id { get; }
}
