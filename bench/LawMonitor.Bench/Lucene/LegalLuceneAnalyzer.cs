using Lucene.Net.Analysis;

namespace LawMonitor.Bench.Lucene;

/// <summary>
/// The analyzer of every field of the Lucene peer; the field's name says which form it holds
/// (<see cref="LuceneSchema.FormOf"/>). Components are kept per field, since the forms differ.
/// </summary>
internal sealed class LegalLuceneAnalyzer : Analyzer
{
    public LegalLuceneAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new VietnameseLuceneTokenizer(reader, LuceneSchema.FormOf(fieldName)));
}
