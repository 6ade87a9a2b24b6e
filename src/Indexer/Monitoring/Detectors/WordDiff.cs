using System.Text;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>A word-level diff of two short texts (longest common subsequence), written "… trước ngày [-15-]{+30+} tháng 11 …" with three words of context.</summary>
internal static class WordDiff
{
    public static string Describe(IReadOnlyList<Token> a, string aText, IReadOnlyList<Token> b, string bText, int maxWords = 600)
    {
        string A(int i) => aText[a[i].Start..a[i].End];
        string B(int j) => bText[b[j].Start..b[j].End];
        var n = Math.Min(a.Count, maxWords);
        var m = Math.Min(b.Count, maxWords);
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i].Folded == b[j].Folded ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var parts = new List<(char Op, string Word)>();
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[x].Folded == b[y].Folded)
            {
                parts.Add(('=', A(x++)));
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                parts.Add(('+', B(y++)));
            }
            else
            {
                parts.Add(('-', A(x++)));
            }
        }

        var keep = new bool[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Op != '=')
            {
                for (var k = Math.Max(0, i - 3); k <= Math.Min(parts.Count - 1, i + 3); k++)
                {
                    keep[k] = true;
                }
            }
        }

        var text = new StringBuilder();
        var gap = false;
        for (var i = 0; i < parts.Count; i++)
        {
            if (!keep[i])
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                text.Append(text.Length > 0 ? " … " : "… ");
                gap = false;
            }
            else if (text.Length > 0)
            {
                text.Append(' ');
            }

            var (op, word) = parts[i];
            text.Append(op switch { '-' => $"[-{word}-]", '+' => $"{{+{word}+}}", _ => word });
        }

        return text.ToString().Replace("-] [-", " ", StringComparison.Ordinal).Replace("+} {+", " ", StringComparison.Ordinal);
    }
}
