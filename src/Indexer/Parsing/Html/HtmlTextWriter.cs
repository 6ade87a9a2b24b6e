using System.Text;
using AngleSharp.Dom;

namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>
/// Writes an element's visible text as lines: block elements and &lt;br&gt; break lines, a table's rows are lines
/// of their cells joined with " | " in their columns (<see cref="TableGrid"/>), white space inside a line
/// collapses to one space.
/// </summary>
internal static class HtmlTextWriter
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "table", "tbody", "thead", "tfoot", "tr", "blockquote", "pre", "center", "address", "figure", "figcaption", "hr", "body",
    };

    public static string Write(IElement root)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        Walk(root, text, line);
        Flush(text, line);
        return text.ToString();
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder line)
    {
        switch (node)
        {
            case IText t:
                AppendInline(line, t.Data);
                return;
            case IElement e when e.LocalName == "br":
                Flush(text, line);
                return;
            case IElement e when e.LocalName == "table" && text.Length < 400 && IsTwoColumn(e):
                // The issuer | national motto letterhead: read each column top to bottom.
                Flush(text, line);
                var rows = Rows(e);
                for (var c = 0; c < 2; c++)
                {
                    foreach (var row in rows.Where(r => r.Count > c))
                    {
                        text.Append(Write(row[c]));
                    }
                }

                return;
            case IElement e when e.LocalName == "table":
                // Rows as lines of their cells, spans resolved into their columns (TableGrid).
                Flush(text, line);
                var grid = Rows(e).Select(r => (IReadOnlyList<TableGrid.Cell>)r.Select(c => new TableGrid.Cell(Write(c).Trim(), Span(c, "colspan"), Span(c, "rowspan"))).ToList()).ToList();
                foreach (var row in TableGrid.Lines(grid))
                {
                    text.Append(row).Append('\n');
                }

                return;
            case IElement e:
                var block = Blocks.Contains(e.LocalName);
                if (block)
                {
                    Flush(text, line);
                }

                foreach (var child in e.ChildNodes)
                {
                    Walk(child, text, line);
                }

                if (block)
                {
                    Flush(text, line);
                }

                return;
        }
    }

    private static List<List<IElement>> Rows(IElement table) =>
        table.QuerySelectorAll("tr").Where(tr => tr.Closest("table") == table)
            .Select(tr => tr.Children.Where(c => c.LocalName is "td" or "th").ToList())
            .ToList();

    /// <summary>A cell's colspan or rowspan (1 when absent or not a small number).</summary>
    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 1 and <= 50 ? n : 1;

    private static bool IsTwoColumn(IElement table)
    {
        var rows = Rows(table);
        return rows.Count is > 0 and <= 6 && rows.Max(r => r.Count) == 2;
    }

    private static void AppendInline(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder text, StringBuilder line)
    {
        var content = line.ToString().Trim();
        line.Clear();
        if (content.Length > 0)
        {
            text.Append(content).Append('\n');
        }
    }
}
