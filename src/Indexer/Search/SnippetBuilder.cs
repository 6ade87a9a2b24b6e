using System.Text;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// Picks the passage of a unit that holds the most distinct query terms and renders it as HTML: every
/// character escaped, the matched words of the original text wrapped in &lt;mark&gt;.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>Characters in a snippet, roughly.</summary>
    public const int Length = 260;

    private const int LeadIn = 50;

    /// <summary>A snippet, and where in the text each query term matched.</summary>
    public readonly record struct Snippet(string Html, IReadOnlyList<(int Start, string Term)> Matches);

    /// <summary>Builds the snippet of <paramref name="text"/> for <paramref name="highlighter"/>.</summary>
    public static Snippet Build(string text, Highlighter highlighter, int length = Length)
    {
        var matches = new List<(int Start, int End, string Term)>();
        var marked = new HashSet<int>();
        if (!highlighter.IsEmpty)
        {
            var tokens = VietnameseAnalyzer.Tokenize(text);
            foreach (var token in tokens)
            {
                if (highlighter.Matches(token, out var term))
                {
                    matches.Add((token.Start, token.End, term));
                }
            }

            marked = Marked(tokens, highlighter).Select(m => m.Start).ToHashSet();
        }

        if (matches.Count == 0)
        {
            var end = CutAt(text, Math.Min(text.Length, length));
            return new Snippet(Render(text, 0, end, []), []);
        }

        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (bestFirst, bestScore) = (0, -1.0);
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= length - LeadIn; j++)
            {
                distinct.Add(matches[j].Term);
                count++;
            }

            var score = distinct.Count + (0.01 * count);
            if (score > bestScore)
            {
                (bestFirst, bestScore) = (i, score);
            }
        }

        var windowStart = Math.Min(StartAt(text, Math.Max(0, matches[bestFirst].Start - LeadIn)), matches[bestFirst].Start);
        var windowEnd = CutAt(text, Math.Min(text.Length, windowStart + length));
        var inWindow = matches.Where(m => m.Start >= windowStart && m.End <= windowEnd && marked.Contains(m.Start)).Select(m => (m.Start, m.End)).ToList();
        return new Snippet(Render(text, windowStart, windowEnd, inWindow), matches.Select(m => (m.Start, m.Term)).ToList());
    }

    /// <summary>
    /// The matched tokens to mark. When the query has words in sequence, a word is marked where it stands next
    /// to its neighbour of the query, in the query's order ("thi hành pháp luật" in "thi hành pháp luật"); a
    /// word is marked alone only where the text never has it in such a pair. So an accentless query does not
    /// light up every syllable that folds alike: not the "hành" of "ban hành", the "Hạnh" of "Hạnh phúc" or the
    /// "Thị" of a name. Keys (document numbers) are always marked.
    /// </summary>
    private static List<(int Start, int End, string Term)> Marked(IReadOnlyList<Token> tokens, Highlighter highlighter)
    {
        var matched = new List<(Token Token, string Term, bool Paired)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!highlighter.Matches(token, out var term))
            {
                continue;
            }

            var paired = token.IsKey
                || (i > 0 && !tokens[i - 1].IsKey && tokens[i - 1].Position == token.Position - 1 && highlighter.IsPair(tokens[i - 1].Folded, token.Folded))
                || (i + 1 < tokens.Count && !tokens[i + 1].IsKey && tokens[i + 1].Position == token.Position + 1 && highlighter.IsPair(token.Folded, tokens[i + 1].Folded));
            matched.Add((token, term, paired));
        }

        var inPairs = highlighter.HasPairs ? matched.Where(m => m.Paired).Select(m => m.Term).ToHashSet(StringComparer.Ordinal) : [];
        return matched.Where(m => m.Paired || !inPairs.Contains(m.Term)).Select(m => (m.Token.Start, m.Token.End, m.Term)).ToList();
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> marks)
    {
        var html = new StringBuilder((end - start) + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (s, e) in Merge(marks))
        {
            html.Append(Encode(text[at..s])).Append("<mark>").Append(Encode(text[s..e])).Append("</mark>");
            at = e;
        }

        html.Append(Encode(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>Escapes the five HTML-significant characters; Vietnamese letters stay as they are.</summary>
    internal static string Encode(string s)
    {
        var collapsed = CollapseSpace(s);
        var html = new StringBuilder(collapsed.Length + 16);
        foreach (var c in collapsed)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }

    private static string CollapseSpace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }

    private static IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        (int Start, int End)? current = null;
        foreach (var span in spans)
        {
            if (current is { } c && span.Start <= c.End)
            {
                current = (c.Start, Math.Max(c.End, span.End));
                continue;
            }

            if (current is { } done)
            {
                yield return done;
            }

            current = span;
        }

        if (current is { } last)
        {
            yield return last;
        }
    }

    /// <summary>Moves a start offset forward to the beginning of a word.</summary>
    private static int StartAt(string text, int offset)
    {
        if (offset == 0)
        {
            return 0;
        }

        while (offset < text.Length && !char.IsWhiteSpace(text[offset - 1]))
        {
            offset++;
        }

        return offset;
    }

    /// <summary>Moves an end offset back to the end of a word.</summary>
    private static int CutAt(string text, int offset)
    {
        if (offset >= text.Length)
        {
            return text.Length;
        }

        var end = offset;
        while (end > 0 && !char.IsWhiteSpace(text[end - 1]) && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return end == 0 ? offset : end;
    }
}
