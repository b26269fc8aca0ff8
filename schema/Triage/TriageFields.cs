using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Jobs;
using Knowledge.Cms.Triage;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Jobs;

namespace Knowledge.Schema.Triage;

/// <summary>The triage root fields.</summary>
public static class TriageFields
{
    public static void AddTriageQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TriageResultGraphType>>("classifyText")
            .Description("Dry run of triage on any text: nothing is saved. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<ClassifyTextInputGraphType>>("input", "The text to classify.")
            .Resolve().WithService<TriageEngine>()
            .ResolveAsync(async (c, engine) =>
            {
                var input = c.GetArgument<ClassifyTextInput>("input");
                return await engine.ClassifyTextAsync(input.Subject, input.Text, input.Language, input.AccountId, c.CancellationToken);
            });

        query.Field<NonNullGraphType<TriageStatsGraphType>>("triageStats")
            .Description("Triage accuracy against agents' corrections and the misroute rate, overall and per day (default: the last 30 days). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<DateTimeGraphType>("from", "Start of the period (inclusive).")
            .Argument<DateTimeGraphType>("to", "End of the period (exclusive).")
            .Resolve().WithService<TriageFeedbackService>()
            .ResolveAsync(async (c, s) => await s.StatsAsync(c.GetArgument<DateTime?>("from"), c.GetArgument<DateTime?>("to"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModelVersionGraphType>>>>("models")
            .Description("Trained triage model versions with their evaluations, newest first per kind. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<ModelKindGraphType>("kind", "Only this kind.")
            .Resolve().WithService<TriageReader>()
            .ResolveAsync(async (c, r) => await r.ListModelsAsync(c.GetArgument<ModelKind?>("kind"), c.CancellationToken));
    }

    public static void AddTriageMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CorrectTicketTriagePayloadGraphType>>("correctTicketTriage")
            .Description("Records an agent's correction of a ticket's triage as a training label and applies it. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<CorrectTicketTriageInputGraphType>>("input", "The correction.")
            .Resolve().WithService<TriageFeedbackService>()
            .ResolveAsync(async (c, s) => await s.CorrectAsync(c.GetArgument<CorrectTriageCommand>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<JobPayloadGraphType>>("trainTriageModel")
            .Description("Queues training of the triage models on the labelled tickets and corrections; follow the job with `job(id)`. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve().WithService<JobService>()
            .ResolveAsync(async (c, jobs) => await jobs.EnqueueOnceAsync(TriageJobKinds.Train, null, c.Viewer().KeyName, c.CancellationToken));
    }
}
