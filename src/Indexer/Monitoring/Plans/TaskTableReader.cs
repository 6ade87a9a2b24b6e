using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// Reads the task tables of a plan's appendix, as the text holds every table row: its cells joined by " | ", an
/// empty cell kept in its place. A table is a task table when its header names what is to be done and who or
/// when (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm, in any order and wording);
/// each numbered row under it is a task, and a row of fewer cells ("I. | CÔNG TÁC CHỈ ĐẠO") heads the rows
/// after it.
/// </summary>
public static partial class TaskTableReader
{
    private const string Separator = " | ";

    private enum Column
    {
        Number,
        Content,
        Lead,
        Cooperating,
        Time,
        Product,
        Other,
    }

    /// <summary>The tasks of every task table in <paramref name="text"/>; <paramref name="year"/> is the plan's year.</summary>
    public static IReadOnlyList<TaskProposal> Read(string text, int? year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tasks = new List<TaskProposal>();
        var lines = Lines(text);
        var table = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeaderOf(lines[i].Cells) is not { } header)
            {
                continue;
            }

            table++;
            var appendix = AppendixName(text, lines[i].Start) ?? $"Bảng {table}";
            string? section = null;
            var j = i + 1;
            for (; (j = Continued(lines, j)) < lines.Count && lines[j].Cells.Count > 1; j++)
            {
                var cells = lines[j].Cells;
                if (HeaderOf(cells) is not null || cells.All(c => IsColumnNumber(c)))
                {
                    continue; // a repeated header on a new page, or the row numbering the columns (1 | 2 | 3 …)
                }

                var number = header.TryGetValue(Column.Number, out var n) && n < cells.Count ? cells[n].Trim() : "";
                var content = header.TryGetValue(Column.Content, out var c) && c < cells.Count ? cells[c].Trim() : "";
                if (cells.Count < header.Count - 1 || !TaskNumber().IsMatch(number) || content.Length < 4)
                {
                    // A row heading a group of tasks: its words name the group.
                    section = string.Join(" ", cells.Where(x => !string.IsNullOrWhiteSpace(x))).Trim();
                    continue;
                }

                string Cell(Column column) => header.TryGetValue(column, out var k) && k < cells.Count ? cells[k].Trim() : "";
                var lead = BodyReader.Clean(Cell(Column.Lead));
                var cooperating = BodyReader.Split(Cell(Column.Cooperating));
                var deadline = DeadlineReader.Read(Cell(Column.Time), year);
                var product = BodyReader.Clean(Cell(Column.Product));
                tasks.Add(new TaskProposal(
                    $"{appendix}, STT {number.TrimEnd('.')}",
                    content,
                    lead,
                    cooperating,
                    deadline,
                    product,
                    FieldOf(section),
                    lines[j].Text,
                    lines[j].Start,
                    lines[j].End));
            }

            i = j - 1;
        }

        return tasks;
    }

    /// <summary>The column of each role a header row names, when it is a task table's header; else null.</summary>
    private static Dictionary<Column, int>? HeaderOf(IReadOnlyList<string> cells)
    {
        if (cells.Count < 3)
        {
            return null;
        }

        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var role = RoleOf(VietnameseAnalyzer.FoldWords(cells[i]));
            if (role != Column.Other && !columns.ContainsKey(role))
            {
                columns[role] = i;
            }
        }

        return columns.ContainsKey(Column.Content) && (columns.ContainsKey(Column.Lead) || columns.ContainsKey(Column.Time)) && columns.Count >= 3 ? columns : null;
    }

    private static Column RoleOf(string folded) => folded switch
    {
        "stt" or "tt" or "so tt" or "so thu tu" => Column.Number,
        _ when folded.Contains("phoi hop", StringComparison.Ordinal) => Column.Cooperating,
        _ when folded.Contains("chu tri", StringComparison.Ordinal) || folded is "co quan thuc hien" or "don vi thuc hien" or "thuc hien" => Column.Lead,
        _ when folded.StartsWith("thoi gian", StringComparison.Ordinal) || folded.StartsWith("thoi han", StringComparison.Ordinal) || folded.StartsWith("tien do", StringComparison.Ordinal) => Column.Time,
        _ when folded.StartsWith("san pham", StringComparison.Ordinal) || folded.StartsWith("ket qua", StringComparison.Ordinal) => Column.Product,
        _ when folded.StartsWith("noi dung", StringComparison.Ordinal) || folded.StartsWith("nhiem vu", StringComparison.Ordinal) || folded.StartsWith("ten nhiem vu", StringComparison.Ordinal) || folded is "cong viec" or "hoat dong" => Column.Content,
        _ => Column.Other,
    };

    private static bool IsColumnNumber(string cell) => cell.Trim() is { Length: > 0 and <= 3 } t && t.All(ch => char.IsAsciiDigit(ch) || ch is '(' or ')');

    /// <summary>"Phụ lục I" or "Phụ lục 1" heading the table (the nearest line above that names one), or null.</summary>
    private static string? AppendixName(string text, int tableStart)
    {
        var before = text.AsSpan(0, tableStart);
        var lines = before.ToString().Split('\n');
        foreach (var line in lines.Reverse().Take(8))
        {
            var match = Appendix().Match(line);
            if (match.Success)
            {
                return "Phụ lục " + match.Groups["n"].Value;
            }
        }

        return null;
    }

    /// <summary>A group heading that names a field ("Lĩnh vực đất đai"), as the field; else null.</summary>
    private static string? FieldOf(string? section)
    {
        if (section is null)
        {
            return null;
        }

        var match = FieldWords().Match(section);
        if (!match.Success || BodyReader.Clean(match.Groups["f"].Value) is not { Length: > 0 } field)
        {
            return null;
        }

        // "… TRONG LĨNH VỰC TRỌNG TÂM", "các lĩnh vực được giao": which fields, not a field's name.
        var folded = Analysis.VietnameseAnalyzer.FoldWords(field);
        return NotAField.Any(q => folded == q || folded.StartsWith(q + " ", StringComparison.Ordinal)) ? null : Legal.LetterCase.SentenceCase(field);
    }

    private static readonly string[] NotAField = ["trong tam", "trong diem", "uu tien", "duoc giao", "quan ly", "phu trach", "lien quan", "khac", "nay"];

    /// <summary>
    /// Line <paramref name="j"/>, or, when it is blank or a lone page number between two pages of a table, the
    /// table's next line after it.
    /// </summary>
    private static int Continued(List<(string Text, int Start, int End, IReadOnlyList<string> Cells)> lines, int j)
    {
        var k = j;
        while (k < lines.Count && k - j < 3 && lines[k].Cells.Count == 1 && PageBreak().IsMatch(lines[k].Text))
        {
            k++;
        }

        return k < lines.Count && lines[k].Cells.Count > 1 ? k : j;
    }

    private static List<(string Text, int Start, int End, IReadOnlyList<string> Cells)> Lines(string text)
    {
        var lines = new List<(string, int, int, IReadOnlyList<string>)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end];
            // Cells are joined by " | "; an empty cell leaves " |  | ", which text clean-up may have made " | | ".
            IReadOnlyList<string> cells = line.Contains(Separator, StringComparison.Ordinal) ? [.. line.Split('|').Select(c => c.Trim())] : [line];
            lines.Add((line, start, end, cells));
            start = end + 1;
        }

        return lines;
    }

    [GeneratedRegex(@"^\s*(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TaskNumber();

    // Between two pages: nothing, a form feed, or a page number ("2", "- 2 -", "Trang 2").
    [GeneratedRegex(@"^\s*(?:(?:Trang\s+)?[-–]?\s*\d{1,3}\s*[-–]?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageBreak();

    [GeneratedRegex(@"ph[ụu]\s*l[ụu]c\s+(?<n>[IVX]+|\d+|[A-Z])\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appendix();

    [GeneratedRegex(@"l[ĩi]nh v[ựu]c\s*:?\s*(?<f>[^|]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldWords();
}
