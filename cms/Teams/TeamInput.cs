namespace Knowledge.Cms.Teams;

/// <summary>Fields of a team; null means "leave as is" on update.</summary>
public sealed record TeamInput(string? Slug = null, string? Name = null, string? Description = null, IReadOnlyList<string>? Skills = null);
