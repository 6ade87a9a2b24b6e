using System.Text;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Storage.Statistics;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Analyses an index unit once into its FTS5 columns and its statistics terms (folded words, bigrams within
/// a column, keys). The same input always gives the same output, which is what lets a unit's statistics be
/// withdrawn when it is replaced. Not thread-safe: one per writer.
/// </summary>
internal sealed class UnitAnalyzer
{
    private readonly StringBuilder words = new(4096);
    private readonly StringBuilder refs = new(256);
    private readonly List<ulong> terms = new(1024);

    /// <summary>Analyses a unit: the document's title and number keys, the unit's heading line and body.</summary>
    public UnitColumns Analyze(string? title, IReadOnlyList<string> numberKeys, ReadOnlySpan<char> heading, ReadOnlySpan<char> body)
    {
        terms.Clear();
        refs.Clear();

        var number = string.Join(' ', numberKeys.Select(LegalNumberKeys.Token));
        foreach (var key in numberKeys)
        {
            terms.Add(TermHash.Of(LegalNumberKeys.Token(key)));
        }

        var titleTokens = Column(title, out var titleLength);
        var headingTokens = Column(heading, out var headingLength);
        var bodyTokens = Column(body, out var bodyLength);

        terms.Sort();
        var distinct = new List<ulong>(terms.Count);
        foreach (var t in terms)
        {
            if (distinct.Count == 0 || distinct[^1] != t)
            {
                distinct.Add(t);
            }
        }

        return new UnitColumns(number, titleTokens, headingTokens, bodyTokens, refs.ToString().TrimEnd(), titleLength + headingLength + bodyLength, [.. distinct]);
    }

    private string Column(ReadOnlySpan<char> text, out int length)
    {
        words.Clear();
        var sink = new ColumnSink(words, refs, terms);
        length = VietnameseAnalyzer.Analyze(text, ref sink);
        return words.ToString();
    }

    private struct ColumnSink(StringBuilder words, StringBuilder refs, List<ulong> terms) : ITokenSink
    {
        private ulong previous;
        private bool hasPrevious;

        public void OnWord(ReadOnlySpan<char> exact, ReadOnlySpan<char> folded, int start, int end, int position, bool isNumber)
        {
            if (words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(folded);
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
            refs.Append(token).Append(' ');
            terms.Add(TermHash.Of(token));
        }
    }
}
