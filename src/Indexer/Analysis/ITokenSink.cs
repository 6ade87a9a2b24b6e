namespace LawMonitor.Indexer.Analysis;

/// <summary>
/// Receives the tokens of <see cref="VietnameseAnalyzer"/> without allocation. Implemented by structs so that the
/// analyzer is specialised for each consumer (the index writer, the snippet builder, tests).
/// </summary>
internal interface ITokenSink
{
    /// <summary>A word or number, with its exact and folded forms (equal length).</summary>
    void OnWord(ReadOnlySpan<char> exact, ReadOnlySpan<char> folded, int start, int end, int position, bool isNumber);

    /// <summary>A document-number or date key laid over the words from <paramref name="start"/> to <paramref name="end"/>.</summary>
    void OnKey(TokenKind kind, string key, int start, int end, int position);
}
