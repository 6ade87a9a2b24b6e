using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Cuts a document into index units: preamble, container headings, articles and closing for a structured
/// text; one unit for a text without articles, with its first short line as heading.
/// </summary>
public static class DocumentSegmenter
{
    private const int MaxHeadingWords = 60;
    private const int MaxHeadingChars = 400;

    /// <summary>The segments of <paramref name="text"/>, covering it end to end.</summary>
    public static IReadOnlyList<Segment> Segment(string text, DocumentStructure structure)
    {
        var outline = !structure.HasArticles && structure.AllNodes.Any(n => n.Level == ProvisionLevel.Section);
        if (!structure.HasArticles && !outline)
        {
            var (hs, he) = FirstLineHeading(text);
            return [new Segment(UnitKind.Whole, ProvisionPath.Document, null, 0, text.Length, hs, he)];
        }

        var segments = new List<Segment>();
        if (structure.BodyStart > 0)
        {
            segments.Add(new Segment(UnitKind.Preamble, ProvisionPath.Document, null, 0, structure.BodyStart, 0, 0));
        }

        // Articles are the units; a plan or report without articles is cut at its outline sections (I., II.).
        var unitLevel = outline ? ProvisionLevel.Section : ProvisionLevel.Article;
        foreach (var node in structure.Nodes)
        {
            AddNode(node, segments, unitLevel);
        }

        var bodyEnd = structure.ClosingStart ?? text.Length;
        if (segments.Count > 0 && segments[^1].End < bodyEnd)
        {
            segments[^1] = segments[^1] with { End = bodyEnd };
        }

        if (bodyEnd < text.Length)
        {
            AddClosing(text, bodyEnd, segments);
        }

        if (structure.Signing is { } signing)
        {
            // The signature between a decision and the text it issues (none when the decision runs straight into it),
            // then that text's title up to its first node.
            var next = segments.Where(s => s.Start >= signing.End).Select(s => s.Start).DefaultIfEmpty(bodyEnd).Min();
            if (signing.End > signing.Start)
            {
                segments.Add(new Segment(UnitKind.Closing, ProvisionPath.Document, null, signing.Start, signing.End, signing.Start, signing.Start));
            }

            if (next > signing.End)
            {
                var titleEnd = text.IndexOf('\n', signing.End) is var e and >= 0 && e < next ? e : next;
                segments.Add(new Segment(UnitKind.Attached, ProvisionPath.Document, null, signing.End, next, signing.End, titleEnd));
            }

            segments.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return segments;
    }

    /// <summary>
    /// The heading of a text without articles: its first line when that reads like a title: not too long,
    /// and not ending like a sentence. (Articles' titles run to 60 words in some laws.)
    /// </summary>
    public static (int Start, int End) FirstLineHeading(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        if (end < 0)
        {
            return (0, 0); // a single paragraph has no separate heading
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var block = text.AsSpan(start, end - start);
        var words = block.Count(' ') + 1;
        // An all-capitals first line is a letterhead ("ỦY BAN NHÂN DÂN TỈNH …"), not the text's title.
        var letterhead = !block.ContainsAnyInRange('a', 'z') && !block.ToString().Any(char.IsLower);
        var looksLikeTitle = block.Length is > 0 and <= MaxHeadingChars && words <= MaxHeadingWords && block[^1] is not ('.' or ';' or ':') && !letterhead;
        return looksLikeTitle ? (start, end) : (0, 0);
    }

    /// <summary>
    /// The closing (recipients, signature) from <paramref name="start"/>, cut where an appendix begins: each
    /// appendix ("Phụ lục I", its title, "(Kèm theo Kế hoạch số …)", its tables) is a unit of its own, so a hit
    /// in a plan's task table reads "Phụ lục I", not "Phần cuối".
    /// </summary>
    private static void AddClosing(string text, int start, List<Segment> segments)
    {
        var appendices = new List<(int Start, int LineEnd, string Label)>();
        for (var lineStart = start; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var n and >= 0 ? n : text.Length;
            if (AppendixHeading.TryRead(text.AsSpan(lineStart, lineEnd - lineStart), out var label))
            {
                appendices.Add((lineStart, lineEnd, label));
            }

            lineStart = lineEnd + 1;
        }

        var closingEnd = appendices.Count > 0 ? appendices[0].Start : text.Length;
        if (closingEnd > start)
        {
            segments.Add(new Segment(UnitKind.Closing, ProvisionPath.Document, null, start, closingEnd, start, start));
        }

        for (var i = 0; i < appendices.Count; i++)
        {
            var (appendixStart, lineEnd, label) = appendices[i];
            var end = i + 1 < appendices.Count ? appendices[i + 1].Start : text.Length;
            var (hs, he) = AppendixTitle(text, lineEnd, end);
            segments.Add(new Segment(UnitKind.Appendix, ProvisionPath.Document, label, appendixStart, end, hs, he));
        }
    }

    /// <summary>The appendix's title: the first line after its heading, unless that is "(Kèm theo …)" or a table.</summary>
    private static (int Start, int End) AppendixTitle(string text, int headingLineEnd, int end)
    {
        var start = headingLineEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var lineEnd = text.IndexOf('\n', start, end - start) is var n and >= 0 ? n : end;
        while (lineEnd > start && char.IsWhiteSpace(text[lineEnd - 1]))
        {
            lineEnd--;
        }

        var line = text.AsSpan(start, lineEnd - start);
        var isTitle = line.Length is > 0 and <= MaxHeadingChars && line[0] != '(' && !line.Contains('|');
        return isTitle ? (start, lineEnd) : (headingLineEnd, headingLineEnd);
    }

    private static void AddNode(StructureNode node, List<Segment> segments, ProvisionLevel unitLevel)
    {
        // The outline sections of a plan a decision approves are units, as a plan's own are.
        var planSection = node.Level == ProvisionLevel.Section && ProvisionPath.IsOutlineInstrument(node.Path.Instrument);
        if (node.Level == unitLevel || node.Level > ProvisionLevel.Article || planSection)
        {
            var kind = node.Level == ProvisionLevel.Article ? UnitKind.Article : UnitKind.Section;
            segments.Add(new Segment(kind, node.Path, node.Label, node.Start, node.End, node.HeadingStart, node.HeadingEnd));
            return;
        }

        // A container: its own text runs from its heading line to its first child.
        var end = node.Children.Count > 0 ? node.Children[0].Start : node.End;
        segments.Add(new Segment(UnitKind.Container, node.Path, node.Label, node.Start, end, node.HeadingStart, node.HeadingEnd));
        foreach (var child in node.Children)
        {
            AddNode(child, segments, unitLevel);
        }
    }
}
