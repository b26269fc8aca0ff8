using Knowledge.Cms.Common;

namespace Knowledge.Cms.Accounts;

/// <summary>One ordering key of the accounts list.</summary>
public sealed record AccountOrder(AccountOrderField Field, SortDirection Direction);
