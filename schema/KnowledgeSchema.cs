using GraphQL.Types;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Articles;
using Knowledge.Schema.Auth;
using Knowledge.Schema.Churn;
using Knowledge.Schema.Escalations;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Languages;
using Knowledge.Schema.Notifications;
using Knowledge.Schema.Search;
using Knowledge.Schema.Sla;
using Knowledge.Schema.Realtime;
using Knowledge.Schema.Jobs;
using Knowledge.Schema.Taxonomy;
using Knowledge.Schema.Teams;
using Knowledge.Schema.Tickets;
using Knowledge.Schema.Triage;

namespace Knowledge.Schema;

/// <summary>The one GraphQL schema. Each feature adds its own root fields.</summary>
public sealed class KnowledgeSchema : GraphQL.Types.Schema
{
    public KnowledgeSchema(IServiceProvider services) : base(services)
    {
        Description = "Knowledge: tickets, customer accounts, a support taxonomy and a multilingual knowledge base.";
        Query = new QueryType();
        Mutation = new MutationType();
        Subscription = new SubscriptionType();
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Everything that can be read.";
        this.AddNodeQueries();
        this.AddAuthQueries();
        this.AddAccountQueries();
        this.AddTeamQueries();
        this.AddTaxonomyQueries();
        this.AddTicketQueries();
        this.AddArticleQueries();
        this.AddArticleInsightQueries();
        this.AddChurnQueries();
        this.AddLanguageQueries();
        this.AddTranslationQueries();
        this.AddGlossaryQueries();
        this.AddLocaleFormattingQueries();
        this.AddSearchQueries();
        this.AddTriageQueries();
        this.AddSlaQueries();
        this.AddEscalationQueries();
        this.AddNotificationQueries();
        this.AddJobQueries();
    }
}

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Everything that changes data. Every mutation needs an API key.";
        this.Requires(AccessLevel.Authenticated);
        this.AddTicketMutations();
        this.AddArticleMutations();
        this.AddChurnMutations();
        this.AddChurnJobMutations();
        this.AddTranslationMutations();
        this.AddGlossaryMutations();
        this.AddReplyTranslationMutations();
        this.AddAccountMutations();
        this.AddTeamMutations();
        this.AddTaxonomyMutations();
        this.AddAuthMutations();
        this.AddSearchMutations();
        this.AddTriageMutations();
        this.AddSlaMutations();
        this.AddEscalationMutations();
    }
}
