using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Search.Query;

namespace LawMonitor.Indexer.Search;

/// <summary>What to highlight for a query: the folded words it asked for and the keys it named.</summary>
internal sealed class Highlighter
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string> exactWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> pairs = [];

    public Highlighter(ParsedQuery query)
    {
        string? previous = null;
        foreach (var item in query.PositiveItems)
        {
            var sequence = item switch
            {
                WordItem w => [w.Folded],
                PhraseItem p => p.Words.Select(w => w.Folded).ToArray(),
                _ => Array.Empty<string>(),
            };
            foreach (var folded in sequence)
            {
                if (previous is not null)
                {
                    pairs.Add((previous, folded));
                }

                previous = folded;
            }

            if (sequence.Length == 0)
            {
                previous = null;
            }
        }

        foreach (var item in query.PositiveItems)
        {
            switch (item)
            {
                case WordItem w:
                    words.Add(w.Folded);
                    exactWords.Add(w.Exact);
                    break;
                case PhraseItem p:
                    foreach (var w in p.Words)
                    {
                        words.Add(w.Folded);
                        exactWords.Add(w.Exact);
                    }

                    break;
                case KeyItem k:
                    keys.Add(k.Key);
                    break;
            }
        }
    }

    /// <summary>Whether the query names anything to highlight.</summary>
    public bool IsEmpty => words.Count == 0 && keys.Count == 0;

    /// <summary>Whether <paramref name="token"/> matches the query; <paramref name="term"/> identifies what it matched.</summary>
    public bool Matches(Token token, out string term)
    {
        term = token.IsKey ? "#" + token.Text : token.Folded;
        return token.IsKey ? keys.Contains(token.Text) : words.Contains(token.Folded);
    }

    /// <summary>Whether the query asks for <paramref name="first"/> then <paramref name="second"/>, next to each other in its words.</summary>
    public bool IsPair(string first, string second) => pairs.Contains((first, second));

    /// <summary>Whether the query has words that follow each other, so that matches can be told apart by their neighbours.</summary>
    public bool HasPairs => pairs.Count > 0;

    /// <summary>Whether <paramref name="token"/> matches a query word exactly, diacritics included.</summary>
    public bool MatchesExactly(Token token) => !token.IsKey && exactWords.Contains(token.Text);
}
