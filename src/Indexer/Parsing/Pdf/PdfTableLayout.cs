using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// Reads the ruled tables of a PDF page (a plan's task appendix: STT | Nội dung | Cơ quan chủ trì …) from the lines
/// that draw their borders, as Word and browsers print them (thin filled rectangles or stroked lines): the vertical
/// and horizontal rules set the grid, a rule missing between two cells merges them (a lead body spanning rows, a
/// section heading spanning columns), and each word goes to the cell its centre lies in. The page's text is the
/// content-order text (which keeps the line breaks of justified official text) with each table's letters replaced
/// by its rows, one line each, cells joined by " | " in their columns (<see cref="TableGrid"/>) as a DOCX or HTML
/// table is held. A page without a ruled grid of at least three columns and two rows is left as it is.
/// </summary>
internal static class PdfTableLayout
{
    /// <summary>How far apart (points) two rules may be and still be one.</summary>
    private const double Tolerance = 2.0;

    /// <summary>How thin a rectangle must be to be a rule.</summary>
    private const double Thin = 2.5;

    /// <summary>The page's content-order text with its ruled tables as lines of cells; null when it has none.</summary>
    public static string? Read(Page page, ContentOrderTextExtractor.Options options)
    {
        ArgumentNullException.ThrowIfNull(page);
        var tables = Grids(page);
        if (tables.Count == 0)
        {
            return null;
        }

        var text = ContentOrderTextExtractor.GetText(page, options).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var letters = page.Letters;
        var at = LetterOffsets(text, letters);
        if (at is null)
        {
            return null; // the content-order text does not follow the letters: leave the page as it is
        }

        var replacements = new List<(int Start, int End, string Lines)>();
        foreach (var grid in tables)
        {
            // The table's letters must be one run of the content order for its text to be replaced in place.
            var inside = Enumerable.Range(0, letters.Count).Where(i => !string.IsNullOrWhiteSpace(letters[i].Value) && grid.Contains(Centre(letters[i].BoundingBox))).ToList();
            if (inside.Count == 0)
            {
                continue;
            }

            var (first, last) = (inside[0], inside[^1]);
            if (inside.Count != Enumerable.Range(first, last - first + 1).Count(i => !string.IsNullOrWhiteSpace(letters[i].Value)))
            {
                continue;
            }

            var lines = TableGrid.Lines(grid.Cells(inside.Select(i => (i, letters[i])).ToList(), (a, b) => Between(text, at, letters, a, b)));
            replacements.Add((at[first], at[last] + letters[last].Value.Length, string.Join('\n', lines)));
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var result = new StringBuilder();
        var from = 0;
        foreach (var (start, end, lines) in replacements.OrderBy(r => r.Start))
        {
            if (start < from)
            {
                return null; // overlapping tables: leave the page as it is
            }

            result.Append(text.AsSpan(from, start - from).TrimEnd(' '));
            if (result.Length > 0 && result[^1] != '\n')
            {
                result.Append('\n');
            }

            result.Append(lines).Append('\n');
            from = end;
            while (from < text.Length && (text[from] == ' ' || text[from] == '\n'))
            {
                from++;
            }
        }

        result.Append(text.AsSpan(from));
        return result.ToString();
    }

    /// <summary>
    /// The text from letter <paramref name="from"/> to letter <paramref name="to"/> (both in), as the content-order
    /// text spaces them (its line breaks as spaces): letters drawn one after another keep the extractor's spacing.
    /// </summary>
    private static string Between(string text, int[] at, IReadOnlyList<Letter> letters, int from, int to) =>
        text[at[from]..(at[to] + letters[to].Value.Length)].Replace('\n', ' ');

    /// <summary>Where each letter's value starts in the content-order text, or null when the text cannot be followed letter by letter.</summary>
    private static int[]? LetterOffsets(string text, IReadOnlyList<Letter> letters)
    {
        var at = new int[letters.Count];
        var pos = 0;
        for (var i = 0; i < letters.Count; i++)
        {
            var value = letters[i].Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                at[i] = pos;
                if (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                continue;
            }

            while (pos < text.Length && !text.AsSpan(pos).StartsWith(value, StringComparison.Ordinal) && char.IsWhiteSpace(text[pos]))
            {
                pos++; // a space or line break the extractor put between letters
            }

            if (!text.AsSpan(pos).StartsWith(value, StringComparison.Ordinal))
            {
                return null;
            }

            at[i] = pos;
            pos += value.Length;
        }

        return at;
    }

    private static PdfPoint Centre(PdfRectangle box) => new((box.Left + box.Right) / 2, (box.Bottom + box.Top) / 2);

    private readonly record struct Rule(double At, double From, double To);

    /// <summary>The ruled grids of the page: rules that touch one another form a table.</summary>
    private static List<Grid> Grids(Page page)
    {
        var horizontal = new List<Rule>();
        var vertical = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked)
            {
                continue; // a clipping path
            }

            if (path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            if (box.Height <= Thin && box.Width > Thin)
            {
                horizontal.Add(new Rule((box.Bottom + box.Top) / 2, box.Left, box.Right));
            }
            else if (box.Width <= Thin && box.Height > Thin)
            {
                vertical.Add(new Rule((box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
        }

        if (vertical.Count < 3 || horizontal.Count < 2)
        {
            return [];
        }

        // Rules that touch are one table (union-find over horizontal and vertical rules).
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
                var (a, b) = (horizontal[h], vertical[v]);
                if (b.At >= a.From - Tolerance && b.At <= a.To + Tolerance && a.At >= b.From - Tolerance && a.At <= b.To + Tolerance)
                {
                    parent[Find(h)] = Find(horizontal.Count + v);
                }
            }
        }

        var grids = new List<Grid>();
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(Find))
        {
            var hs = group.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList();
            var vs = group.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList();
            var xs = Positions(vs.Select(v => v.At));
            var ys = Positions(hs.Select(h => h.At));
            if (xs.Count >= 4 && ys.Count >= 3)
            {
                grids.Add(new Grid(xs, [.. ys.OrderByDescending(y => y)], hs, vs));
            }
        }

        return grids;
    }

    /// <summary>The distinct positions of rules, those closer than the tolerance taken as one, ascending.</summary>
    private static List<double> Positions(IEnumerable<double> values)
    {
        var positions = new List<double>();
        foreach (var value in values.Order())
        {
            if (positions.Count == 0 || value - positions[^1] > Tolerance)
            {
                positions.Add(value);
            }
        }

        return positions;
    }

    /// <summary>A ruled table: its column boundaries (left to right), row boundaries (top to bottom) and the rules drawn.</summary>
    private sealed class Grid(List<double> xs, List<double> ys, List<Rule> horizontal, List<Rule> vertical)
    {
        private int Columns => xs.Count - 1;

        private int Rows => ys.Count - 1;

        public bool Contains(PdfPoint point) => point.X > xs[0] && point.X < xs[^1] && point.Y < ys[0] && point.Y > ys[^1];

        /// <summary>
        /// The table's rows of cells, merged cells once with their spans, each with its letters' text: a run of
        /// letters drawn one after another (<paramref name="text"/> gives it as the page's text spaces it) after
        /// another run.
        /// </summary>
        public List<IReadOnlyList<TableGrid.Cell>> Cells(IReadOnlyList<(int Index, Letter Letter)> letters, Func<int, int, string> text)
        {
            // Cells with no rule between them are one; each merged region is a rectangle of grid cells.
            var parent = Enumerable.Range(0, Rows * Columns).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            for (var r = 0; r < Rows; r++)
            {
                for (var c = 0; c < Columns; c++)
                {
                    if (c + 1 < Columns && !HasVertical(c + 1, (ys[r] + ys[r + 1]) / 2))
                    {
                        parent[Find((r * Columns) + c)] = Find((r * Columns) + c + 1);
                    }

                    if (r + 1 < Rows && !HasHorizontal(r + 1, (xs[c] + xs[c + 1]) / 2))
                    {
                        parent[Find((r * Columns) + c)] = Find(((r + 1) * Columns) + c);
                    }
                }
            }

            var regions = Enumerable.Range(0, Rows * Columns).GroupBy(Find).ToDictionary(
                g => g.Key,
                g => (Top: g.Min(i => i / Columns), Bottom: g.Max(i => i / Columns), Left: g.Min(i => i % Columns), Right: g.Max(i => i % Columns)));
            var content = new Dictionary<int, List<int>>();
            foreach (var (index, letter) in letters)
            {
                var centre = Centre(letter.BoundingBox);
                var c = xs.FindLastIndex(x => x <= centre.X);
                var r = ys.FindLastIndex(y => y >= centre.Y);
                if (c < 0 || c >= Columns || r < 0 || r >= Rows)
                {
                    continue;
                }

                var key = Find((r * Columns) + c);
                (content.TryGetValue(key, out var list) ? list : content[key] = []).Add(index);
            }

            var rows = new List<IReadOnlyList<TableGrid.Cell>>();
            for (var r = 0; r < Rows; r++)
            {
                var row = new List<TableGrid.Cell>();
                for (var c = 0; c < Columns; c++)
                {
                    var key = Find((r * Columns) + c);
                    var region = regions[key];
                    if (region.Top != r || region.Left != c)
                    {
                        continue; // covered by a cell above or to the left
                    }

                    row.Add(new TableGrid.Cell(Text(content.GetValueOrDefault(key), text), region.Right - region.Left + 1, region.Bottom - region.Top + 1));
                }

                rows.Add(row);
            }

            return rows;
        }

        private bool HasVertical(int column, double y) =>
            vertical.Any(v => Math.Abs(v.At - xs[column]) <= Tolerance && y >= v.From - Tolerance && y <= v.To + Tolerance);

        private bool HasHorizontal(int row, double x) =>
            horizontal.Any(h => Math.Abs(h.At - ys[row]) <= Tolerance && x >= h.From - Tolerance && x <= h.To + Tolerance);

        /// <summary>A cell's text: its letters' runs in the order they are drawn, runs apart joined by a space.</summary>
        private static string Text(List<int>? indices, Func<int, int, string> text)
        {
            if (indices is null)
            {
                return "";
            }

            var runs = new List<string>();
            var first = indices[0];
            for (var k = 1; k <= indices.Count; k++)
            {
                if (k == indices.Count || indices[k] != indices[k - 1] + 1)
                {
                    runs.Add(text(first, indices[k - 1]).Trim());
                    if (k < indices.Count)
                    {
                        first = indices[k];
                    }
                }
            }

            return string.Join(" ", runs.Where(r => r.Length > 0)).Normalize(NormalizationForm.FormC);
        }
    }
}
