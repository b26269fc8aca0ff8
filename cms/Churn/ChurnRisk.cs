using Knowledge.Cms.Accounts;

namespace Knowledge.Cms.Churn;

/// <summary>An account with its latest churn assessment.</summary>
public sealed record ChurnRisk(Account Account, ChurnAssessment Assessment);
