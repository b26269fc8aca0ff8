using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Languages;

/// <summary>The glossary root fields: agents read it, admins maintain it.</summary>
public static class GlossaryFields
{
    public static void AddGlossaryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GlossaryTermGraphType>>>>("glossary")
            .Description("The translation glossary. With `locale`: the terms a translation into that locale honours (its own entries, its language's and those for every locale; the most specific wins). Without: every entry. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<StringGraphType>("locale", "Target locale such as de, de-CH or ja.")
            .Resolve().WithService<GlossaryService>()
            .ResolveAsync(async (c, s) => await s.ListAsync(c.GetArgument<string?>("locale"), c.CancellationToken));
    }

    public static void AddGlossaryMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GlossaryTermGraphType>>("upsertGlossaryTerm")
            .Description("Adds the glossary entry of (locale, sourceTerm), or replaces it (the term is matched case-insensitively). Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<UpsertGlossaryTermInputGraphType>>("input", "The entry.")
            .Resolve().WithService<GlossaryService>()
            .ResolveAsync(async (c, s) => await s.UpsertAsync(c.GetArgument<UpsertGlossaryTermCommand>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteGlossaryTerm")
            .Description("Deletes a glossary entry; false when it did not exist. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the entry.")
            .Resolve().WithService<GlossaryService>()
            .ResolveAsync(async (c, s) => await s.DeleteAsync(GlobalId.Expect(c.GetArgument<string>("id"), GlossaryTermGraphType.TypeName, "id"), c.CancellationToken));
    }
}

public sealed class GlossaryTermGraphType : ObjectGraphType<GlossaryEntry>
{
    public const string TypeName = "GlossaryTerm";

    public GlossaryTermGraphType()
    {
        Name = TypeName;
        Description = "How a term is rendered in translations into a locale: a preferred translation, or protected (never translated).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the entry.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(e => e.Locale).Description("Target locale (de, de-CH), or * for every locale.");
        Field(e => e.SourceTerm).Description("The term as written in the source language.");
        Field(e => e.Translation, nullable: true).Description("The preferred translation; null when the term is protected.");
        Field<NonNullGraphType<BooleanGraphType>>("protected").Description("True when the term is never translated (product names, abbreviations).").Resolve(c => c.Source.IsProtected);
        Field(e => e.CaseSensitive).Description("True when only the exact spelling matches (\"SSO\" but not \"sso\").");
        Field(e => e.Note, nullable: true).Description("Why, for translators and agents.");
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("Last change.").Resolve(c => c.Source.UpdatedAt);
    }
}

public sealed class UpsertGlossaryTermInputGraphType : InputObjectGraphType<UpsertGlossaryTermCommand>
{
    public UpsertGlossaryTermInputGraphType()
    {
        Name = "UpsertGlossaryTermInput";
        Description = "A glossary entry: either `protected: true`, or a `translation`.";
        Field<NonNullGraphType<StringGraphType>>("locale").Description("Target locale (de, pt-BR), or * for every locale.");
        Field<NonNullGraphType<StringGraphType>>("sourceTerm").Description($"The term in the source language (1–{GlossaryService.MaxTermLength} characters).");
        Field<StringGraphType>("translation").Description("The preferred translation; omit for a protected term.");
        Field<BooleanGraphType>("protected").Description("True: never translate the term (default false).");
        Field<BooleanGraphType>("caseSensitive").Description("True: match only this exact spelling (default false).");
        Field<StringGraphType>("note").Description($"Why, for translators (at most {GlossaryService.MaxNoteLength} characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpsertGlossaryTermCommand(
        value.Value<string>("locale"), value.Value<string>("sourceTerm"), value.Value<string>("translation"),
        value.Value<bool?>("protected") ?? false, value.Value<bool?>("caseSensitive") ?? false, value.Value<string>("note"));
}
