using System.Globalization;
using Knowledge.Cms.Common;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using F = Knowledge.Cms.Search.SearchDocumentFields;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>A <see cref="SearchDocument"/> as Lucene fields: analysed text per language family, exact filter terms, facet doc values.</summary>
internal static class LuceneDocumentMapper
{
    public static Document ToLucene(SearchDocument source)
    {
        var family = SearchLanguages.FamilyOf(source.Locale);
        var doc = new Document
        {
            new StringField(F.Id, source.Id, Field.Store.YES),
            new StringField(F.Entity, source.EntityKey, Field.Store.NO),
            new StoredField(F.EntityId, source.EntityId.ToString(CultureInfo.InvariantCulture)),
            new StringField(F.Type, TypeValue(source.Type), Field.Store.NO),
            new StringField(F.Locale, source.Locale, Field.Store.YES),
            new StringField(F.Language, Locales.Language(source.Locale), Field.Store.NO),
            new StringField(F.Source, source.IsSource ? "1" : "0", Field.Store.NO),
            new StringField(F.Published, source.Published ? "1" : "0", Field.Store.NO),
            new StoredField(F.StoredTitle, source.Title),
            new StoredField(F.StoredBody, source.Body),
            new TextField(F.Title(family), source.Title, Field.Store.NO),
            new TextField(F.Body(family), source.Body, Field.Store.NO),
            new SortedDocValuesField(F.Locale, new BytesRef(source.Locale)),
        };
        foreach (var phrasing in source.Phrasings)
            doc.Add(new TextField(F.Phrasings(family), phrasing, Field.Store.NO));
        if (source.Audience is { } audience) doc.Add(new StringField(F.Audience, audience, Field.Store.NO));
        AddFacet(doc, F.Kind, source.Kind, single: true);
        AddFacet(doc, F.Category, source.Category, single: true);
        foreach (var tag in source.Tags.Distinct(StringComparer.Ordinal)) AddFacet(doc, F.Tags, tag, single: false);
        // Only text every caller may read feeds "did you mean", so suggestions never reveal internal vocabulary.
        if (source.Published && source.Audience == "PUBLIC")
            doc.Add(new TextField(F.Spell, source.Title + "\n" + source.Body, Field.Store.NO));
        return doc;
    }

    public static string TypeValue(SearchDocumentType type) => type == SearchDocumentType.Ticket ? "ticket" : "content";

    /// <summary>Single-valued facets use sorted doc values (one ord per document: the cheapest to count).</summary>
    private static void AddFacet(Document doc, string field, string? value, bool single)
    {
        if (string.IsNullOrEmpty(value)) return;
        doc.Add(new StringField(field, value, Field.Store.NO));
        doc.Add(single ? new SortedDocValuesField(field, new BytesRef(value)) : new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
