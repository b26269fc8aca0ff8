using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// The text part of a query: for each analysed term, the best of its fields (title, body, phrasings) plus
/// <c>tieBreaker</c> × the others, summed over the terms, plus extra optional clauses (the title phrase). It means exactly
/// <c>BooleanQuery(SHOULD DisjunctionMaxQuery(fields…) per term, SHOULD extras…)</c>, and that query is what runs when
/// documents must be visited in order (a sparse filter, <see cref="Weight.Explain"/>).
/// </summary>
/// <remarks>
/// Why it exists: Lucene 4.8 has no block-max WAND, so every document containing any query word is scored, and on a
/// large index most of a query's time is spent merging postings. The general path costs a heap per term (the
/// disjunction-max scorer) and a linked bucket per document and clause (<c>BooleanScorer</c>); this bulk scorer reads each
/// field's postings straight into arrays for a window of 2,048 documents and combines them there, then hands the
/// window's matches to the collector in document order. Same matches and the same scores (BM25 has no coord factor;
/// sums are kept in double precision as <c>BooleanScorer</c> does).
/// </remarks>
internal sealed class BestFieldsQuery : Query
{
    private readonly Query[][] terms;
    private readonly Query[] extras;
    private readonly float tieBreaker;

    public BestFieldsQuery(IEnumerable<IEnumerable<Query>> terms, IEnumerable<Query> extras, float tieBreaker)
    {
        this.terms = terms.Select(t => t.ToArray()).Where(t => t.Length > 0).ToArray();
        this.extras = extras.ToArray();
        this.tieBreaker = tieBreaker;
    }

    /// <summary>The same query in Lucene's general form.</summary>
    public BooleanQuery Equivalent()
    {
        var query = new BooleanQuery { Boost = Boost };
        foreach (var fields in terms)
        {
            var best = new DisjunctionMaxQuery(tieBreaker);
            foreach (var field in fields) best.Add(field);
            query.Add(best, Occur.SHOULD);
        }
        foreach (var extra in extras) query.Add(extra, Occur.SHOULD);
        return query;
    }

    public override Query Rewrite(IndexReader reader)
    {
        var rewrittenTerms = terms.Select(t => t.Select(q => q.Rewrite(reader)).ToArray()).ToArray();
        var rewrittenExtras = extras.Select(q => q.Rewrite(reader)).ToArray();
        var same = rewrittenExtras.SequenceEqual(extras, ReferenceEqualityComparer.Instance)
            && rewrittenTerms.Zip(terms).All(p => p.First.SequenceEqual(p.Second, ReferenceEqualityComparer.Instance));
        return same ? this : new BestFieldsQuery(rewrittenTerms, rewrittenExtras, tieBreaker) { Boost = Boost };
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        // The bulk scorer relies on BM25's constant coord factor; any other similarity gets the general form.
        searcher.Similarity is BM25Similarity ? new BestFieldsWeight(this, searcher) : Equivalent().CreateWeight(searcher);

    public override void ExtractTerms(ISet<Term> termSet)
    {
        foreach (var query in terms.SelectMany(t => t).Concat(extras)) query.ExtractTerms(termSet);
    }

    public override string ToString(string field) => "best" + Equivalent().ToString(field);

    public override bool Equals(object? obj) => obj is BestFieldsQuery other && Equivalent().Equals(other.Equivalent());

    public override int GetHashCode() => Equivalent().GetHashCode();

    private sealed class BestFieldsWeight : Weight
    {
        private readonly BestFieldsQuery query;
        private readonly IndexSearcher searcher;
        private readonly FieldWeight[][] terms;
        private readonly Weight[] extras;
        private (float Norm, float TopLevelBoost) normalized = (1, 1);
        private Weight? equivalent;

        public BestFieldsWeight(BestFieldsQuery query, IndexSearcher searcher)
        {
            this.query = query;
            this.searcher = searcher;
            terms = query.terms.Select(t => t.Select(q => q is TermQuery term
                ? new FieldWeight(new TermScoring(searcher, term), null)
                : new FieldWeight(null, q.CreateWeight(searcher))).ToArray()).ToArray();
            extras = query.extras.Select(q => q.CreateWeight(searcher)).ToArray();
        }

        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => false;

        /// <summary>As the equivalent Boolean/disjunction-max tree computes it (BM25 ignores it, but keep it faithful).</summary>
        public override float GetValueForNormalization()
        {
            float sum = 0;
            foreach (var fields in terms)
            {
                float max = 0, all = 0;
                foreach (var weight in fields)
                {
                    var sub = weight.GetValueForNormalization();
                    all += sub;
                    max = Math.Max(max, sub);
                }
                sum += (all - max) * query.tieBreaker * query.tieBreaker + max;
            }
            foreach (var weight in extras) sum += weight.GetValueForNormalization();
            return sum * query.Boost * query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            normalized = (norm, topLevelBoost);
            equivalent = null;
            foreach (var field in terms.SelectMany(t => t)) field.Normalize(norm, topLevelBoost * query.Boost);
            foreach (var weight in extras) weight.Normalize(norm, topLevelBoost * query.Boost);
        }

        private Weight Equivalent()
        {
            if (equivalent is not null) return equivalent;
            var weight = query.Equivalent().CreateWeight(searcher);
            weight.GetValueForNormalization();
            weight.Normalize(normalized.Norm, normalized.TopLevelBoost);
            return equivalent = weight;
        }

        public override Scorer GetScorer(AtomicReaderContext context, IBits acceptDocs) => Equivalent().GetScorer(context, acceptDocs);

        public override Explanation Explain(AtomicReaderContext context, int doc) => Equivalent().Explain(context, doc);

        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            var termScorers = terms
                .Select(fields => fields.Select(w => w.Open(context, acceptDocs)).OfType<FieldPostings>().ToArray())
                .Where(s => s.Length > 0).ToArray();
            var extraScorers = extras.Select(w => w.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
            foreach (var scorer in extraScorers) scorer.NextDoc();
            return termScorers.Length == 0 && extraScorers.Length == 0 ? null : new BestFieldsBulkScorer(this, termScorers, extraScorers, query.tieBreaker);
        }
    }

    /// <summary>A field of a term: plain term statistics (the fast path) or any other query's weight (fuzzy variants).</summary>
    private sealed record FieldWeight(TermScoring? Term, Weight? Weight)
    {
        public float GetValueForNormalization() => Term?.GetValueForNormalization() ?? Weight!.GetValueForNormalization();

        public void Normalize(float norm, float topLevelBoost)
        {
            if (Term is not null) Term.Normalize(norm, topLevelBoost);
            else Weight!.Normalize(norm, topLevelBoost);
        }

        public FieldPostings? Open(AtomicReaderContext context, IBits acceptDocs)
        {
            if (Term is not null) return Term.Open(context, acceptDocs) is { } p ? new FieldPostings(p.Docs, p.Score, null) : null;
            var scorer = Weight!.GetScorer(context, acceptDocs);
            return scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS ? new FieldPostings(null, null, scorer) : null;
        }
    }

    /// <summary>One segment's documents of one field of a term, positioned on the next unscored document.</summary>
    private sealed class FieldPostings(DocsEnum? docs, Similarity.SimScorer? score, Scorer? scorer)
    {
        public DocsEnum? Docs { get; } = docs;
        public Similarity.SimScorer? Score { get; } = score;
        public Scorer? Scorer { get; } = scorer;
        public int Doc => Docs?.DocID ?? Scorer!.DocID;
    }

    private sealed class BestFieldsBulkScorer : BulkScorer
    {
        private const int Window = 2048;
        private readonly FieldPostings[][] terms;
        private readonly Scorer[] extras;
        private readonly float tieBreaker;
        private readonly WindowScorer current;
        private readonly double[] total = new double[Window];
        private readonly int[] matched = new int[Window];
        private readonly float[] fieldSum = new float[Window];
        private readonly float[] fieldMax = new float[Window];
        private readonly int[] seen = new int[Window];
        private readonly int[] touched = new int[Window];
        private int windowStamp;
        private int termStamp;

        public BestFieldsBulkScorer(Weight weight, FieldPostings[][] terms, Scorer[] extras, float tieBreaker)
        {
            this.terms = terms;
            this.extras = extras;
            this.tieBreaker = tieBreaker;
            current = new WindowScorer(weight);
        }

        public override bool Score(ICollector collector, int max)
        {
            collector.SetScorer(current);
            while (true)
            {
                var start = NextDoc();
                if (start >= max) return start != DocIdSetIterator.NO_MORE_DOCS;
                var end = (int)Math.Min((long)start + Window, max);
                windowStamp++;
                foreach (var fields in terms) ScoreTerm(fields, start, end);
                foreach (var extra in extras) ScoreClause(extra, start, end);
                for (var i = 0; i < end - start; i++)
                {
                    if (matched[i] != windowStamp) continue;
                    current.Doc = start + i;
                    current.Score = (float)total[i];
                    collector.Collect(start + i);
                }
            }
        }

        private int NextDoc()
        {
            var next = DocIdSetIterator.NO_MORE_DOCS;
            foreach (var fields in terms)
                foreach (var field in fields) next = Math.Min(next, field.Doc);
            foreach (var scorer in extras) next = Math.Min(next, scorer.DocID);
            return next;
        }

        /// <summary>One term: the disjunction-max of its fields for every document of the window, added to the total.</summary>
        private void ScoreTerm(FieldPostings[] fields, int start, int end)
        {
            termStamp++;
            var count = 0;
            foreach (var field in fields)
            {
                if (field.Docs is { } docs)
                {
                    var sim = field.Score!;
                    for (var doc = docs.DocID; doc < end; doc = docs.NextDoc()) Note(doc - start, sim.Score(doc, docs.Freq), ref count);
                }
                else
                {
                    var scorer = field.Scorer!;
                    for (var doc = scorer.DocID; doc < end; doc = scorer.NextDoc()) Note(doc - start, scorer.GetScore(), ref count);
                }
            }
            for (var k = 0; k < count; k++)
            {
                var i = touched[k];
                Add(i, fieldMax[i] + (fieldSum[i] - fieldMax[i]) * tieBreaker);
            }
        }

        private void Note(int i, float score, ref int count)
        {
            if (seen[i] != termStamp)
            {
                seen[i] = termStamp;
                fieldSum[i] = fieldMax[i] = score;
                touched[count++] = i;
            }
            else
            {
                fieldSum[i] += score;
                fieldMax[i] = Math.Max(fieldMax[i], score);
            }
        }

        private void ScoreClause(Scorer scorer, int start, int end)
        {
            for (var doc = scorer.DocID; doc < end; doc = scorer.NextDoc()) Add(doc - start, scorer.GetScore());
        }

        private void Add(int i, float score)
        {
            if (matched[i] == windowStamp) total[i] += score;
            else
            {
                matched[i] = windowStamp;
                total[i] = score;
            }
        }
    }

    /// <summary>What the collector sees as "the scorer": the document being collected and its score.</summary>
    private sealed class WindowScorer(Weight weight) : Scorer(weight)
    {
        public int Doc { get; set; } = -1;
        public float Score { get; set; }
        public override int DocID => Doc;
        public override int Freq => 1;
        public override float GetScore() => Score;
        public override int NextDoc() => throw new NotSupportedException();
        public override int Advance(int target) => throw new NotSupportedException();
        public override long GetCost() => 1;
    }
}
