namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>What a phrase of the FTS5 query stands for in the ranking function.</summary>
internal enum PhraseRole
{
    /// <summary>One query word (folded): contributes BM25 and takes part in bigrams.</summary>
    Term = 0,

    /// <summary>A document-number or date key: in the number column it marks the document itself.</summary>
    Key = 1,

    /// <summary>A quoted phrase, counted as one unit.</summary>
    Phrase = 2,

    /// <summary>An excluded word or phrase: never present in a matching row.</summary>
    Excluded = 3,
}
