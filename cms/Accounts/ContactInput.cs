namespace Knowledge.Cms.Accounts;

/// <summary>Fields of a contact to create or change; null means "leave as is" on update.</summary>
public sealed record ContactInput(
    int? AccountId = null,
    string? Name = null,
    string? Email = null,
    ContactRole? Role = null,
    string? Title = null,
    string? PreferredLocale = null);
