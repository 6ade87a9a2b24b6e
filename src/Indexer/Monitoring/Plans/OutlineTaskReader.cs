using System.Globalization;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// Reads the tasks of a plan's outline: under a section that gives tasks ("II. NHIỆM VỤ", "II. NỘI DUNG", "CÁC
/// HOẠT ĐỘNG"), each numbered item that assigns work (a lead body, labelled or in a sentence, or a deadline)
/// is a task; its lettered and dashed lines say who, by when, what product and which field. When an item's
/// lettered points each assign work of their own, each point is a task. Sections on purpose, requirements,
/// funding and organisation give none.
/// </summary>
public static partial class OutlineTaskReader
{
    /// <summary>The tasks of <paramref name="text"/>'s outline; <paramref name="year"/> is the plan's year.</summary>
    public static IReadOnlyList<TaskProposal> Read(string text, int? year)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Classify(text);
        var tasks = new List<TaskProposal>();
        string? section = null;
        var inTasks = false;
        var sawSection = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Section)
            {
                section = line.Label;
                sawSection = true;
                inTasks = GivesTasks(line.Heading);
                continue;
            }

            if (line.Kind == LineKind.Ending)
            {
                inTasks = false;
                continue;
            }

            if (line.Kind != LineKind.Item || (sawSection && !inTasks))
            {
                continue;
            }

            // The item's block: up to the next item, section or ending.
            var end = i + 1;
            while (end < lines.Count && lines[end].Kind is LineKind.Point or LineKind.Dash or LineKind.Text)
            {
                end++;
            }

            tasks.AddRange(ItemTasks(text, lines, i, end, section, year));
            i = end - 1;
        }

        return tasks;
    }

    private static IEnumerable<TaskProposal> ItemTasks(string text, List<OutlineLine> lines, int item, int end, string? section, int? year)
    {
        var head = lines[item];
        var path = section is null
            ? ProvisionPath.Document.WithClause(head.Number)
            : ProvisionPath.ForContainer(ProvisionLevel.Section, section).WithClause(head.Number);

        // Lettered points that each assign work of their own are tasks themselves.
        var points = Enumerable.Range(item + 1, end - item - 1).Where(k => lines[k].Kind == LineKind.Point).ToList();
        var assigning = points.Where(k => !IsAttribute(lines[k].Heading) && Assigns(Block(text, lines, k, NextPoint(lines, k, end)))).ToList();
        if (assigning.Count >= 2)
        {
            var context = Block(text, lines, item, points[0]);
            foreach (var k in assigning)
            {
                var stop = NextPoint(lines, k, end);
                if (Proposal(text, lines, k, stop, path.WithPoint(lines[k].Label), context, year) is { } task)
                {
                    yield return task;
                }
            }

            yield break;
        }

        if (Proposal(text, lines, item, end, path, null, year) is { } whole)
        {
            yield return whole;
        }
    }

    /// <summary>The task of lines [<paramref name="from"/>, <paramref name="to"/>), or null when they assign nothing.</summary>
    private static TaskProposal? Proposal(string text, List<OutlineLine> lines, int from, int to, ProvisionPath path, string? context, int? year)
    {
        var block = Block(text, lines, from, to);
        var labelled = BodyReader.LabelledLead(block);
        var (sentenceLead, sentenceWith) = BodyReader.FromSentence(block);
        var lead = labelled ?? sentenceLead ?? (context is null ? null : BodyReader.LabelledLead(context) ?? BodyReader.FromSentence(context).Lead);
        var cooperating = BodyReader.LabelledCooperating(block) is { Count: > 0 } named ? named : sentenceWith;
        var timeLabel = TimeLabel().Match(block);
        var deadline = DeadlineReader.Read(timeLabel.Success ? timeLabel.Groups["v"].Value : block, year);
        if (deadline.Kind == DeadlineKind.Unspecified && context is not null)
        {
            var contextTime = TimeLabel().Match(context);
            deadline = DeadlineReader.Read(contextTime.Success ? contextTime.Groups["v"].Value : context, year);
        }

        if (lead is null && (deadline.Kind == DeadlineKind.Unspecified || !timeLabel.Success))
        {
            return null; // assigns no one and sets no labelled time: a heading or a purpose, not a task
        }

        if (deadline.Kind == DeadlineKind.Unspecified && year is { } planYear)
        {
            deadline = new TaskDeadline(DeadlineKind.Period, $"trong năm {planYear}, thời hạn của kế hoạch") { From = new DateOnly(planYear, 1, 1), Due = new DateOnly(planYear, 12, 31) };
        }

        var product = ProductLabel().Match(block) is { Success: true } p ? BodyReader.Clean(p.Groups["v"].Value) : null;
        var field = FieldLabel().Match(block) is { Success: true } f ? BodyReader.Clean(f.Groups["v"].Value) : null;
        var content = ContentOf(lines[from].Heading, block);
        var start = lines[from].Start;
        var stop = lines[to - 1].End;
        return new TaskProposal(path.ToString(), content, lead, cooperating, deadline, product, field, text[start..stop], start, stop);
    }

    /// <summary>What is to be done: the item's heading, or its first sentence when the heading only labels it.</summary>
    private static string ContentOf(string heading, string block)
    {
        var words = heading.Trim().TrimEnd(':', '.').Trim();
        if (words.Length >= 4 && !IsAttribute(words))
        {
            return words;
        }

        var firstSentence = block.Split('\n').Skip(1).Select(l => l.Trim().TrimStart('-', '–', '+', '•').Trim()).FirstOrDefault(l => l.Length > 0 && !IsAttribute(l));
        return firstSentence ?? words;
    }

    /// <summary>Whether a line only states an attribute of the task ("Thời gian thực hiện: …", "Cơ quan chủ trì: …").</summary>
    private static bool IsAttribute(string line) => AttributeLine().IsMatch(line.TrimStart('-', '–', '+', '•', ' '));

    private static bool Assigns(string block) =>
        BodyReader.LabelledLead(block) is not null || BodyReader.FromSentence(block).Lead is not null;

    private static int NextPoint(List<OutlineLine> lines, int point, int end)
    {
        var k = point + 1;
        while (k < end && lines[k].Kind != LineKind.Point)
        {
            k++;
        }

        return k;
    }

    private static string Block(string text, List<OutlineLine> lines, int from, int to) => text[lines[from].Start..lines[to - 1].End];

    /// <summary>A section gives tasks when its heading says tasks, contents, activities or solutions.</summary>
    private static bool GivesTasks(string heading)
    {
        var folded = Analysis.VietnameseAnalyzer.FoldWords(heading);
        return !folded.StartsWith("muc dich", StringComparison.Ordinal) && !folded.StartsWith("to chuc thuc hien", StringComparison.Ordinal)
            && !folded.StartsWith("kinh phi", StringComparison.Ordinal) && !folded.StartsWith("yeu cau", StringComparison.Ordinal)
            && (folded.Contains("nhiem vu", StringComparison.Ordinal) || folded.Contains("noi dung", StringComparison.Ordinal)
                || folded.Contains("hoat dong", StringComparison.Ordinal) || folded.Contains("giai phap", StringComparison.Ordinal)
                || folded.Contains("cong viec", StringComparison.Ordinal) || folded.Contains("phan cong", StringComparison.Ordinal));
    }

    private enum LineKind
    {
        Section,
        Item,
        Point,
        Dash,
        Text,
        Ending,
    }

    private sealed record OutlineLine(LineKind Kind, string Label, int Number, string Heading, int Start, int End);

    private static List<OutlineLine> Classify(string text)
    {
        var lines = new List<OutlineLine>();
        var start = 0;
        var sections = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text[start..end].Trim();
            OutlineLine classified;
            if (SectionLine().Match(line) is { Success: true } section && RomanValue(section.Groups["n"].Value) == sections + 1)
            {
                sections++;
                classified = new OutlineLine(LineKind.Section, section.Groups["n"].Value, sections, section.Groups["h"].Value, start, end);
            }
            else if (ItemLine().Match(line) is { Success: true } item)
            {
                classified = new OutlineLine(LineKind.Item, item.Groups["n"].Value, int.Parse(item.Groups["n"].Value, CultureInfo.InvariantCulture), item.Groups["h"].Value, start, end);
            }
            else if (PointLine().Match(line) is { Success: true } point)
            {
                classified = new OutlineLine(LineKind.Point, point.Groups["n"].Value.ToLowerInvariant(), 0, point.Groups["h"].Value, start, end);
            }
            else if (EndingLine().IsMatch(line))
            {
                classified = new OutlineLine(LineKind.Ending, "", 0, line, start, end);
            }
            else
            {
                classified = new OutlineLine(line.StartsWith('-') || line.StartsWith('–') || line.StartsWith('+') ? LineKind.Dash : LineKind.Text, "", 0, line, start, end);
            }

            if (line.Length > 0)
            {
                lines.Add(classified);
            }

            start = end + 1;
        }

        return lines;
    }

    private static int RomanValue(string numeral)
    {
        var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10 };
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = values[numeral[i]];
            total += i + 1 < numeral.Length && values[numeral[i + 1]] > value ? -value : value;
        }

        return total;
    }

    [GeneratedRegex(@"^(?<n>[IVX]{1,4})\.\s+(?<h>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?<h>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^(?<n>[a-zđ])\)\s+(?<h>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PointLine();

    // The signature block and the list of recipients end a plan's body; an appendix table is read by the table reader.
    [GeneratedRegex(@"^(?:Nơi nhận\s*:|TM\.|KT\.|Q\.|PHỤ LỤC|Phụ lục\s+[IVX\d]+\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex EndingLine();

    [GeneratedRegex(@"(?:thời gian(?:\s+(?:thực hiện|hoàn thành|triển khai))?|thời hạn(?:\s+hoàn thành)?|tiến độ(?:\s+thực hiện)?)\s*:\s*(?<v>[^\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"(?:sản phẩm|kết quả(?:\s+đầu ra)?)\s*:\s*(?<v>[^\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProductLabel();

    [GeneratedRegex(@"^\s*[a-zđ\-–+•)]*\s*l[ĩi]nh v[ựu]c\s*:?\s*(?<v>[^\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^(?:(?:cơ quan|đơn vị)\s+(?:chủ trì|phối hợp|thực hiện)|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|sản phẩm|kết quả|lĩnh vực|kinh phí|thời lượng)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributeLine();
}
