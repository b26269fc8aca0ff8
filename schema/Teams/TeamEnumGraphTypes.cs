using GraphQL.Types;
using Knowledge.Cms.Teams;

namespace Knowledge.Schema.Teams;

public sealed class SeniorityGraphType : EnumerationGraphType<Seniority>
{
    public SeniorityGraphType()
    {
        Name = "Seniority";
        Description = "Agent seniority: JUNIOR, MID, SENIOR, LEAD. Complex, VIP and P1 tickets go to senior agents.";
    }
}

public sealed class AvailabilityGraphType : EnumerationGraphType<Availability>
{
    public AvailabilityGraphType()
    {
        Name = "Availability";
        Description = "Whether an agent can take work now.";
    }
}
