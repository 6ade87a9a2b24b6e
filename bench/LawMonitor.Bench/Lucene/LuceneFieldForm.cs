namespace LawMonitor.Bench.Lucene;

/// <summary>Which form of LawMonitor's analysis a Lucene field holds.</summary>
internal enum LuceneFieldForm
{
    /// <summary>Words as written, lower-cased and tone-normalised, plus document-number and date keys.</summary>
    Exact,

    /// <summary>Words without diacritics ("hòa giải" → "hoa giai"), so a query typed without accents matches.</summary>
    Folded,

    /// <summary>Adjacent folded word pairs, the phrase evidence LawMonitor's ranking gives for two-syllable words.</summary>
    Pair,
}
