using System.Text;
using DiffPlex;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// A word diff of two provisions (DiffPlex's Myers diff) in the words as written. Words are compared as
/// written, ignoring case; when the texts differ in their diacritics throughout (one typed or recognised
/// without them), the folded words give the alignment instead. Either way words that differ only in their
/// diacritics ("vệ"/"về", "bảo"/"báo") are a change, shown with both sides, never one side's form for both.
/// Unchanged runs keep three words of context each side of a change.
/// </summary>
internal static class WordDiff
{
    private const int Context = 3;

    public static IReadOnlyList<DiffSpan> Compare(IReadOnlyList<Token> a, string aText, IReadOnlyList<Token> b, string bText, int maxWords = 600)
    {
        var left = a.Take(maxWords).Select(t => aText[t.Start..t.End]).ToList();
        var right = b.Take(maxWords).Select(t => bText[t.Start..t.End]).ToList();
        var exact = Align(left.Select(Exact).ToList(), right.Select(Exact).ToList());
        var folded = Align(a.Take(maxWords).Select(t => t.Folded).ToList(), b.Take(maxWords).Select(t => t.Folded).ToList());
        var pairs = Same(folded) > 2 * Same(exact) ? folded : exact;

        // Pairs the alignment calls the same, but written differently, are changes.
        var ops = new List<(string? Left, string? Right)>();
        foreach (var (i, j) in pairs)
        {
            ops.Add((i is { } x ? left[x] : null, j is { } y ? right[y] : null));
        }

        var spans = new List<DiffSpan>();
        var run = new List<string>();
        var changedLeft = new List<string>();
        var changedRight = new List<string>();
        void FlushChange()
        {
            if (changedLeft.Count + changedRight.Count > 0)
            {
                spans.Add(new DiffSpan(DiffSpanKind.Changed, string.Join(' ', changedLeft), string.Join(' ', changedRight)));
                changedLeft.Clear();
                changedRight.Clear();
            }
        }

        void FlushSame(bool first, bool last)
        {
            if (run.Count == 0)
            {
                return;
            }

            var keepBefore = first ? 0 : Context;
            var keepAfter = last ? 0 : Context;
            if (run.Count <= keepBefore + keepAfter || (first && last))
            {
                if (!(first && last))
                {
                    spans.Add(new DiffSpan(DiffSpanKind.Same, string.Join(' ', run), string.Join(' ', run)));
                }
            }
            else
            {
                if (keepBefore > 0)
                {
                    var head = string.Join(' ', run.Take(keepBefore));
                    spans.Add(new DiffSpan(DiffSpanKind.Same, head, head));
                }

                spans.Add(new DiffSpan(DiffSpanKind.Gap, "…", "…"));
                if (keepAfter > 0)
                {
                    var tail = string.Join(' ', run.Skip(run.Count - keepAfter));
                    spans.Add(new DiffSpan(DiffSpanKind.Same, tail, tail));
                }
            }

            run.Clear();
        }

        var sawChange = false;
        foreach (var (l, r) in ops)
        {
            if (l is not null && r is not null && Exact(l) == Exact(r))
            {
                FlushChange();
                run.Add(l);
                continue;
            }

            FlushSame(first: !sawChange, last: false);
            sawChange = true;
            if (l is not null)
            {
                changedLeft.Add(l);
            }

            if (r is not null)
            {
                changedRight.Add(r);
            }
        }

        FlushChange();
        FlushSame(first: !sawChange, last: true);
        return spans;
    }

    /// <summary>One side's words of the diff, with "…" where words were left out: "… trước ngày 30 tháng 10 hằng năm …".</summary>
    public static string Quote(IReadOnlyList<DiffSpan> spans, bool left)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            var words = left ? span.Left : span.Right;
            if (words.Length > 0)
            {
                text.Append(text.Length > 0 ? " " : string.Empty).Append(words);
            }
        }

        return text.ToString();
    }

    private static string Exact(string word) => word.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    private static int Same(List<(int? Left, int? Right)> pairs) => pairs.Count(p => p.Left is not null && p.Right is not null);

    /// <summary>The alignment of two word lists: pairs of positions, one side null where a word is only on the other.</summary>
    private static List<(int? Left, int? Right)> Align(List<string> left, List<string> right)
    {
        var result = new Differ().CreateCustomDiffs(string.Join('\n', left), string.Join('\n', right), false, false, s => s.Length == 0 ? [] : s.Split('\n'));
        var pairs = new List<(int?, int?)>();
        int i = 0, j = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (i < block.DeleteStartA && j < block.InsertStartB)
            {
                pairs.Add((i++, j++));
            }

            for (var k = 0; k < block.DeleteCountA; k++)
            {
                pairs.Add((i++, null));
            }

            for (var k = 0; k < block.InsertCountB; k++)
            {
                pairs.Add((null, j++));
            }
        }

        while (i < left.Count && j < right.Count)
        {
            pairs.Add((i++, j++));
        }

        return pairs;
    }
}
