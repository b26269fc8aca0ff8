namespace Knowledge.Cms.Teams;

/// <summary>Agent seniority; complex, VIP and P1 work goes to senior agents.</summary>
public enum Seniority
{
    Junior,
    Mid,
    Senior,
    Lead,
}
