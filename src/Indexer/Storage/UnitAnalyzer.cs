using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Storage.Statistics;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Analyses an index unit once into its FTS5 columns and its statistics terms (folded words, bigrams within
/// a column, keys). The same input always gives the same output, which is what lets a unit's statistics be
/// withdrawn when it is replaced. The title, shared by every unit of a document, is analysed once per
/// document. Not thread-safe: one per writer.
/// </summary>
internal sealed class UnitAnalyzer
{
    private readonly Utf8Builder words = new();
    private readonly Utf8Builder refs = new();
    private readonly HashSet<ulong> terms = new(1024);
    private readonly List<ulong> columnTerms = new(1024);
    private AnalyzedTitle? lastTitle;

    /// <summary>Analyses a unit: the document's title and number keys, the unit's heading line and body.</summary>
    public UnitColumns Analyze(string? title, IReadOnlyList<string> numberKeys, ReadOnlySpan<char> heading, ReadOnlySpan<char> body)
    {
        terms.Clear();
        refs.Clear();

        words.Clear();
        foreach (var key in numberKeys)
        {
            var token = LegalNumberKeys.Token(key);
            words.AppendToken(token);
            terms.Add(TermHash.Of(token));
        }

        var number = words.ToArray();
        var analyzedTitle = Title(title);
        terms.UnionWith(analyzedTitle.Terms);
        refs.Append(analyzedTitle.Refs);
        var headingTokens = Column(heading, out var headingLength);
        var bodyTokens = Column(body, out var bodyLength);
        return new UnitColumns(number, analyzedTitle.Tokens, headingTokens, bodyTokens, refs.ToArray(), analyzedTitle.Length + headingLength + bodyLength, [.. terms]);
    }

    private AnalyzedTitle Title(string? title)
    {
        if (lastTitle is { } cached && ReferenceEquals(cached.Text, title))
        {
            return cached;
        }

        // Called with the unit's refs still empty: what the title's column adds there is the title's own.
        var tokens = Column(title, out var length);
        lastTitle = new AnalyzedTitle(title, tokens, refs.ToArray(), [.. columnTerms], length);
        refs.Clear();
        return lastTitle;
    }

    /// <summary>Tokens of one column; its words, bigrams and keys go to the unit's terms (and <see cref="columnTerms"/>).</summary>
    private byte[] Column(ReadOnlySpan<char> text, out int length)
    {
        words.Clear();
        columnTerms.Clear();
        var sink = new ColumnSink(words, refs, columnTerms);
        length = VietnameseAnalyzer.Analyze(text, ref sink);
        terms.UnionWith(columnTerms);
        return words.ToArray();
    }

    private sealed record AnalyzedTitle(string? Text, byte[] Tokens, byte[] Refs, ulong[] Terms, int Length);

    private struct ColumnSink(Utf8Builder words, Utf8Builder refs, List<ulong> terms) : ITokenSink
    {
        private ulong previous;
        private bool hasPrevious;

        public void OnWord(ReadOnlySpan<char> exact, ReadOnlySpan<char> folded, int start, int end, int position, bool isNumber)
        {
            words.AppendToken(folded);
            var hash = TermHash.Of(folded);
            terms.Add(hash);
            if (hasPrevious)
            {
                terms.Add(TermHash.Pair(previous, hash));
            }

            previous = hash;
            hasPrevious = true;
        }

        public readonly void OnKey(TokenKind kind, string key, int start, int end, int position)
        {
            var token = kind == TokenKind.Date ? DateRecognizer.TokenPrefix + key : LegalNumberKeys.Token(key);
            refs.AppendToken(token);
            terms.Add(TermHash.Of(token));
        }
    }
}
