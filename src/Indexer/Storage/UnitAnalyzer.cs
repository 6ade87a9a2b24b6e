using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Storage.Statistics;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Analyses an index unit once into its FTS5 columns and its statistics terms (folded words, bigrams within
/// a column, keys). The same input always gives the same output, which is what lets a unit's statistics be
/// withdrawn when it is replaced. The title, shared by every unit of a document, is analysed once per
/// document. Terms are listed with repeats; <see cref="TermStatsDelta"/> counts each once per unit.
/// Not thread-safe: one per writer.
/// </summary>
internal sealed class UnitAnalyzer
{
    private readonly Utf8Builder words = new();
    private readonly Utf8Builder refs = new();
    private readonly List<ulong> terms = new(2048);
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
        terms.AddRange(analyzedTitle.Terms);
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

        // Called with the unit's terms and refs still holding only number keys: what the title's column
        // adds after them is the title's own.
        var before = terms.Count;
        var tokens = Column(title, out var length);
        lastTitle = new AnalyzedTitle(title, tokens, refs.ToArray(), terms.GetRange(before, terms.Count - before).ToArray(), length);
        terms.RemoveRange(before, terms.Count - before);
        refs.Clear();
        return lastTitle;
    }

    /// <summary>Tokens of one column; its words, bigrams and keys are appended to the unit's terms (repeats included).</summary>
    private byte[] Column(ReadOnlySpan<char> text, out int length)
    {
        words.Clear();
        var sink = new ColumnSink(words, refs, terms);
        length = VietnameseAnalyzer.Analyze(text, ref sink);
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
