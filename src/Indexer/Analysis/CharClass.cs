namespace LawMonitor.Indexer.Analysis;

/// <summary>The role a character plays when text is cut into tokens.</summary>
internal enum CharClass : byte
{
    /// <summary>Space, punctuation, symbols: separates tokens.</summary>
    Other = 0,

    /// <summary>A letter of any script (and non-ASCII digits).</summary>
    Letter = 1,

    /// <summary>An ASCII digit.</summary>
    Digit = 2,

    /// <summary>A combining mark that belongs to the preceding letter (decomposed input).</summary>
    CombiningMark = 3,

    /// <summary>Zero-width characters and the soft hyphen: dropped without splitting the word.</summary>
    Ignorable = 4,
}
