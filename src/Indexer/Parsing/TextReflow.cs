using System.Text;
using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// Rebuilds paragraphs from lines broken at the page width (PDF text, OCR): a line joins the previous one
/// unless it starts a structural element (Điều, Chương, a clause "1.", a point "a)", a dash), is a heading
/// in capitals, follows a blank line, or the previous line ended a sentence or stopped short of the width; a
/// table's row is never joined.
/// </summary>
internal static partial class TextReflow
{
    public static string Reflow(IEnumerable<string> lines)
    {
        var all = lines.ToList();
        var widths = all.Select(l => l.Trim().Length).Where(w => w > 20).Order().ToList();
        var fullWidth = widths.Count == 0 ? 80 : widths[(int)(widths.Count * 0.75)];

        var text = new StringBuilder();
        var previous = string.Empty;
        var blankBefore = true;
        foreach (var raw in all)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            var join = !blankBefore && previous.Length > 0 && !StartsBlock(line) && !EndsBlock(previous) && !IsTableRow(previous) && !IsTableRow(line)
                       && previous.Length >= fullWidth * 0.8 && !IsHeading(previous) && !IsHeading(line);
            if (join)
            {
                text.Append(' ');
            }
            else if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line);
            previous = line;
            blankBefore = false;
        }

        return text.ToString();
    }

    /// <summary>A table's row, its cells joined by " | " (<see cref="TableGrid"/>): a line of its own.</summary>
    private static bool IsTableRow(string line) => line.Contains(TableGrid.Separator, StringComparison.Ordinal);

    private static bool StartsBlock(string line) => BlockStart().IsMatch(line) || ArticleHeading().IsMatch(line);

    private static bool EndsBlock(string line) => line[^1] is '.' or ':' or ';' or '!' or '?' or '”' or '"';

    private static bool IsHeading(string line) => line.Any(char.IsLetter) && !line.Any(char.IsLower);

    [GeneratedRegex(@"^(Chương\s+[IVXLC\d]|Mục\s+[IVXLC\d]|Phần\s|PHẦN\s|CHƯƠNG\s|MỤC\s|\d{1,3}\s*\.{1,2}\s|\d{1,3}\.{1,2}\p{Lu}\p{Ll}|\d{1,3}\.\d|[a-zđ]\s*\)|[IVXLC]{1,6}\s*\.\s|[-+•*–]\s|Căn cứ|Theo đề nghị|Nơi nhận|TM\.|KT\.|Q\.)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();

    /// <summary>"Điều 5." / "Điều 5" alone / "Điều 5 Phạm vi" — not "Điều 29 của Luật này", "Điều 290 (tội …)", "Điều 32 đến Điều 42" wrapped from the line above.</summary>
    [GeneratedRegex(@"^Điều\s+\d{1,4}[a-zđ]?(?:\s*[.:]|\s*$|\s+(?!(?:Bộ luật|Luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Hiến pháp|Pháp lệnh)\b)\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleHeading();
}
