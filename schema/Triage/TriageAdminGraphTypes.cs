using GraphQL.Types;
using Knowledge.Cms.Triage;
using Knowledge.Cms.Triage.Learning;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Triage;

public sealed class ModelKindGraphType : EnumerationGraphType<ModelKind>
{
    public ModelKindGraphType()
    {
        Name = "ModelKind";
        Description = "What a triage model predicts: ISSUE_TYPE, SEVERITY or EMOTION.";
    }
}

public sealed class ModelVersionStatusGraphType : EnumerationGraphType<ModelVersionStatus>
{
    public ModelVersionStatusGraphType()
    {
        Name = "ModelVersionStatus";
        Description = "ACTIVE (serving), REJECTED (evaluated worse than the active one) or RETIRED (replaced).";
    }
}

public sealed class TriageModeGraphType : EnumerationGraphType<TriageMode>
{
    public TriageModeGraphType()
    {
        Name = "TriageMode";
        Description = "ACTIVE applies triage decisions; SHADOW only records them.";
    }
}

public sealed class ModelVersionGraphType : ObjectGraphType<ModelVersion>
{
    public ModelVersionGraphType()
    {
        Name = "ModelVersion";
        Description = "A trained triage model and its evaluation on a held-back slice. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id of the model version.").Resolve(c => GlobalId.Encode("ModelVersion", c.Source.Id));
        Field<NonNullGraphType<ModelKindGraphType>>("kind").Description("What it predicts.").Resolve(c => c.Source.Kind);
        Field(m => m.Number).Description("1, 2, 3… per kind.");
        Field<NonNullGraphType<StringGraphType>>("label").Description("e.g. issuetype-v3, as reported on triage results.").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<ModelVersionStatusGraphType>>("status").Description("Whether it serves predictions.").Resolve(c => c.Source.Status);
        Field(m => m.Trainer).Description("lbfgs, sdca or lightgbm.");
        Field(m => m.TrainCount).Description("Training examples.");
        Field(m => m.TestCount).Description("Held-back examples it was evaluated on.");
        Field(m => m.Accuracy).Description("Accuracy on the held-back slice.");
        Field(m => m.MacroF1).Description("Macro-averaged F1 on the held-back slice.");
        Field(m => m.BaselineAccuracy, nullable: true).Description("The then-active model's accuracy on the same slice.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassMetricsGraphType>>>>("perClass").Description("Precision, recall and F1 per class.")
            .Resolve(c => System.Text.Json.JsonSerializer.Deserialize<List<ClassMetrics>>(c.Source.PerClassJson, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)) ?? []);
        Field(m => m.Notes, nullable: true).Description("How the candidates compared (linear vs LightGBM, against the active model).");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was trained.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("promotedAt").Description("When it became active.").Resolve(c => c.Source.PromotedAt);
    }
}

public sealed class ClassMetricsGraphType : ObjectGraphType<ClassMetrics>
{
    public ClassMetricsGraphType()
    {
        Name = "ClassMetrics";
        Description = "Evaluation of one class.";
        Field(m => m.Label).Description("The class (issue type slug, severity or emotion).");
        Field(m => m.Support).Description("Held-back examples of the class.");
        Field(m => m.Precision).Description("Precision.");
        Field(m => m.Recall).Description("Recall.");
        Field(m => m.F1).Description("F1.");
    }
}

public sealed class TriageStatsGraphType : ObjectGraphType<TriageStats>
{
    public TriageStatsGraphType()
    {
        Name = "TriageStats";
        Description = "Triage against what agents decided. A ticket is reviewed once corrected or resolved; it was right when its final issue type is the predicted one.";
        Field<NonNullGraphType<DateTimeGraphType>>("from").Description("Start of the period.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeGraphType>>("to").Description("End of the period (exclusive).").Resolve(c => c.Source.To);
        Field(s => s.Triaged).Description("Tickets triaged in the period.");
        Field(s => s.Queued).Description("Of those, sent to the triage queue.");
        Field(s => s.Reviewed).Description("Of those, reviewed by agents.");
        Field(s => s.Corrected).Description("Of those, corrected with correctTicketTriage.");
        Field(s => s.Accuracy, nullable: true).Description("Share of reviewed tickets whose issue type triage got right.");
        Field(s => s.MisrouteRate, nullable: true).Description("Share of reviewed, routed tickets that ended with another team.");
        Field<NonNullGraphType<TriageModeGraphType>>("mode").Description("The mode triage runs in now.").Resolve(c => c.Source.Mode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriageStatsBucketGraphType>>>>("daily").Description("The same per day.").Resolve(c => c.Source.Daily);
    }
}

public sealed class TriageStatsBucketGraphType : ObjectGraphType<TriageStatsBucket>
{
    public TriageStatsBucketGraphType()
    {
        Name = "TriageStatsBucket";
        Description = "One day of triage statistics.";
        Field<NonNullGraphType<DateTimeGraphType>>("day").Description("The day (UTC midnight).").Resolve(c => c.Source.Day);
        Field(b => b.Triaged).Description("Tickets triaged that day.");
        Field(b => b.Reviewed).Description("Of those, reviewed.");
        Field(b => b.Accuracy, nullable: true).Description("Accuracy on the reviewed ones.");
        Field(b => b.MisrouteRate, nullable: true).Description("Misroute rate on the reviewed ones.");
    }
}
