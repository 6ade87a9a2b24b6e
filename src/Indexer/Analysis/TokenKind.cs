namespace LawMonitor.Indexer.Analysis;

/// <summary>What a token stands for.</summary>
public enum TokenKind
{
    /// <summary>A syllable or other run of letters (possibly with digits: "37a", "qh15").</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>A key of a legal document number ("19/2020/nd-cp"), at the position of its first digits.</summary>
    LegalNumber,

    /// <summary>A date key ("2021-01-13"), at the position where the date starts.</summary>
    Date,
}
