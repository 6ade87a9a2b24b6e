using System.Net;
using System.Text;

namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>
/// A plan written for the tests (<c>TestData/plans/*.txt</c>, see the README there) rendered as a portal would
/// publish it: HTML with a bordered table, DOCX with Word's merged cells, and PDF printed from the HTML by Chromium.
/// A table is a run of lines holding " | "; a cell "^" merges into the one above it, and a row of fewer cells than
/// the first row spans the rest with its last cell.
/// </summary>
public sealed class WrittenPlan
{
    private const string Separator = " | ";

    private WrittenPlan(string name, IReadOnlyList<object> blocks)
    {
        Name = name;
        Blocks = blocks;
    }

    /// <summary>The file name without its extension.</summary>
    public string Name { get; }

    /// <summary>Paragraphs (strings) and tables (<see cref="Grid"/>), in order.</summary>
    public IReadOnlyList<object> Blocks { get; }

    /// <summary>The plans in <c>TestData/plans</c>.</summary>
    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string Folder { get; } = Path.Combine(SharedData.RepositoryRoot, "tests", "Indexer.Tests", "TestData", "plans");

    public static WrittenPlan Load(string name)
    {
        var blocks = new List<object>();
        List<string[]>? rows = null;
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, name + ".txt")))
        {
            if (line.Contains(Separator, StringComparison.Ordinal))
            {
                (rows ??= []).Add(line.Split('|').Select(c => c.Trim()).ToArray());
                continue;
            }

            if (rows is not null)
            {
                blocks.Add(new Grid(rows));
                rows = null;
            }

            if (line.Trim().Length > 0)
            {
                blocks.Add(line.Trim());
            }
        }

        if (rows is not null)
        {
            blocks.Add(new Grid(rows));
        }

        return new WrittenPlan(name, blocks);
    }

    /// <summary>The plan as an HTML page.</summary>
    public string Html() =>
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(Name) + "</title></head><body>\n" + HtmlBody() + "</body></html>";

    /// <summary>The body of the HTML page, also what Chromium prints.</summary>
    public string HtmlBody()
    {
        var html = new StringBuilder();
        foreach (var block in Blocks)
        {
            if (block is string paragraph)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>\n");
                continue;
            }

            var grid = (Grid)block;
            html.Append("<table border=\"1\" style=\"border-collapse:collapse;width:100%;font-size:10pt\">\n");
            for (var r = 0; r < grid.Rows.Count; r++)
            {
                html.Append("<tr>");
                for (var c = 0; c < grid.Rows[r].Length; c++)
                {
                    if (grid.Rows[r][c] == "^")
                    {
                        continue;
                    }

                    var (columns, down) = (grid.ColumnsOf(r, c), grid.RowsOf(r, c));
                    html.Append("<td");
                    if (columns > 1)
                    {
                        html.Append(" colspan=\"").Append(columns).Append('"');
                    }

                    if (down > 1)
                    {
                        html.Append(" rowspan=\"").Append(down).Append('"');
                    }

                    html.Append('>').Append(WebUtility.HtmlEncode(grid.Rows[r][c])).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.ToString();
    }

    /// <summary>The plan as a DOCX file.</summary>
    public byte[] Docx()
    {
        var builder = new DocxBuilder();
        foreach (var block in Blocks)
        {
            if (block is string paragraph)
            {
                builder.Paragraph(paragraph);
                continue;
            }

            var grid = (Grid)block;
            builder.Table(grid.Rows.Select((row, r) => (IReadOnlyList<DocxCell>)row.Select((cell, c) => cell == "^"
                ? new DocxCell("", Continues: true)
                : new DocxCell(cell, grid.ColumnsOf(r, c), StartsMerge: grid.RowsOf(r, c) > 1)).ToList()).ToList());
        }

        return builder.Build();
    }

    /// <summary>The plan as a PDF, printed by Chromium from its HTML.</summary>
    public Task<byte[]> PdfAsync() => ChromiumPdf.PrintAsync(HtmlBody());

    /// <summary>A table's rows of cells as written.</summary>
    public sealed record Grid(IReadOnlyList<string[]> Rows)
    {
        private int Width => Rows[0].Length;

        /// <summary>The columns cell <paramref name="c"/> of row <paramref name="r"/> spans: the last of a short row spans the rest.</summary>
        public int ColumnsOf(int r, int c) => c == Rows[r].Length - 1 && Rows[r].Length < Width ? Width - Rows[r].Length + 1 : 1;

        /// <summary>The rows it spans: itself and the "^" cells below it.</summary>
        public int RowsOf(int r, int c)
        {
            var n = 1;
            while (r + n < Rows.Count && c < Rows[r + n].Length && Rows[r + n][c] == "^")
            {
                n++;
            }

            return n;
        }
    }
}
