using Knowledge.Cms.Common;

namespace Knowledge.Cms.Accounts;

/// <summary>A person at a customer account who raises tickets.</summary>
public sealed class Contact : IEntity
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public ContactRole Role { get; set; }
    public string? Title { get; set; }
    public string PreferredLocale { get; set; } = "en";
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
