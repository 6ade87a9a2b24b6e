using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Reads the provision tree of a legal text: Phần / Chương / Mục / Tiểu mục / Điều / Khoản / Điểm, line by line.
/// </summary>
/// <remarks>
/// Clauses ("1.", "2.") and points ("a)", "b)", … "đ)") are accepted only in sequence, so that a year or a
/// list inside a clause is not taken for structure. Headings of articles are the rest of the "Điều N." line;
/// headings of chapters may stand on the next line, as they do in printed documents. A text without
/// articles that numbers its clauses (a single article saved alone) gets clauses at the top level.
/// </remarks>
public static partial class StructureParser
{
    private const string PointLetters = "abcdđeghiklmnopqrstuvxy";
    private const int MaxHeadingLength = 300;

    /// <summary>Parses <paramref name="text"/>.</summary>
    public static DocumentStructure Parse(string text)
    {
        var lines = Lines(text).ToList();
        var articleless = !lines.Any(l => MayBeArticle(text[l.Start]) && ArticleLine().IsMatch(text.AsSpan(l.Start, l.End - l.Start)));
        var roots = new List<Builder>();
        var open = new List<Builder>();
        int? closingStart = null;
        (int Start, int End)? signing = null;
        string? instrument = null; // the name of the text the decision issues, once its title has been passed
        var outline = articleless; // numbered items outside articles are clauses: a text without articles, or a plan a decision issues

        for (var li = 0; li < lines.Count; li++)
        {
            var (start, end) = lines[li];
            var line = text.AsSpan(start, end - start);
            if (IsClosingLine(line) && (roots.Count > 0 || articleless))
            {
                // A decision signed before the text it issues ("QUY CHẾ … (Ban hành kèm theo Quyết định …)"):
                // the signature block sits between the two, and the attached text's articles go on.
                if (signing is null && !articleless && AttachedTextAfter(text, lines, li) is { } attached)
                {
                    foreach (var unclosed in open)
                    {
                        unclosed.End = start;
                    }

                    open.Clear();
                    signing = (start, lines[attached].Start);
                    instrument = InstrumentTitled(text[lines[attached].Start..lines[attached].End]);
                    outline = ProvisionPath.IsOutlineInstrument(instrument);
                    li = attached - 1;
                    continue;
                }

                closingStart = start;
                break;
            }

            // A decision running straight into the text it issues, unsigned in between: "Điều 3. … thi hành Quyết định
            // này." then "QUY CHẾ" and the quy chế's own chapters and articles.
            if (instrument is null && signing is null && open.Count > 0 && open[^1].Level >= ProvisionLevel.Article
                && AttachedTextInline(text, lines, li, roots[0].Start) is { } inline)
            {
                foreach (var unclosed in open)
                {
                    unclosed.End = start;
                }

                open.Clear();
                signing = (start, start);
                instrument = inline;
                continue;
            }

            var node = Classify(text, lines, li, open, roots, outline);
            if (node is null)
            {
                continue;
            }

            if (instrument is not null && node.Path.Instrument is null)
            {
                node.Path = node.Path.InInstrument(instrument); // "Quy chế: Điều 1", not the decision's own Điều 1
            }

            while (open.Count > 0 && open[^1].Level >= node.Level)
            {
                open[^1].End = start;
                open.RemoveAt(open.Count - 1);
            }

            (open.Count > 0 ? open[^1].Children : roots).Add(node);
            open.Add(node);
        }

        var bodyEnd = closingStart ?? text.Length;
        foreach (var node in open)
        {
            node.End = bodyEnd;
        }

        var nodes = roots.Select(r => r.Build()).ToList();
        return new DocumentStructure(nodes, nodes.Count > 0 ? nodes[0].Start : text.Length, closingStart) { Signing = signing };
    }

    /// <summary>
    /// After the closing at <paramref name="closing"/>, the line where an attached text begins: a title in
    /// capitals naming a regulation ("QUY CHẾ", "QUY ĐỊNH", "ĐIỀU LỆ" …) followed within four lines by
    /// "(Ban hành kèm theo …)" or "(Kèm theo …)", and articles after it; or a plan, programme or scheme ("KẾ HOẠCH
    /// …", "(Ban hành theo Quyết định số …)" or "(Kèm theo …)") whose outline sections ("I. MỤC ĐÍCH, YÊU CẦU")
    /// follow. Null when there is none.
    /// </summary>
    private static int? AttachedTextAfter(string text, List<(int Start, int End)> lines, int closing)
    {
        for (var li = closing + 1; li < lines.Count && li <= closing + 40; li++)
        {
            var (start, end) = lines[li];
            var line = text[start..end];
            if (line.Any(char.IsLower) || InstrumentTitled(line) is not { } name)
            {
                continue;
            }

            var plan = ProvisionPath.IsOutlineInstrument(name);
            var issuedWith = Enumerable.Range(li + 1, Math.Min(4, lines.Count - li - 1))
                .Any(k => text[lines[k].Start] == '(' && VietnameseAnalyzer.FoldWords(text[lines[k].Start..lines[k].End]) is var folded
                    && (folded.Contains("kem theo", StringComparison.Ordinal) || (plan && folded.Contains("ban hanh theo", StringComparison.Ordinal))));
            var body = plan
                ? lines.Skip(li + 1).Any(l => text[l.Start] == 'I' && RomanLine().IsMatch(text.AsSpan(l.Start, l.End - l.Start)))
                : lines.Skip(li + 1).Any(l => MayBeArticle(text[l.Start]) && ArticleLine().IsMatch(text.AsSpan(l.Start, l.End - l.Start)));
            return issuedWith && body ? li : null;
        }

        return null;
    }

    /// <summary>
    /// The name of the text a decision issues when its title starts at line <paramref name="li"/> inside the decision's
    /// last article: a line in capitals naming a regulation ("QUY CHẾ", "QUY ĐỊNH …"), articles after it, and either
    /// "(Ban hành kèm theo …)" within four lines or the decision's own words issuing it ("Ban hành kèm theo Quyết định
    /// này Quy chế …", read from <paramref name="bodyStart"/>). Null when the line is the decision's own text.
    /// </summary>
    private static string? AttachedTextInline(string text, List<(int Start, int End)> lines, int li, int bodyStart)
    {
        var (start, end) = lines[li];
        if (end - start < 2 || !char.IsUpper(text[start]) || !char.IsUpper(text[start + 1]) || text.AsSpan(start, end - start).ContainsAny(LowerAscii))
        {
            return null; // the cheap test first: nearly every line has a small letter in its first words
        }

        var line = text[start..end];
        if (line.Any(char.IsLower) || InstrumentTitled(line) is not { } name)
        {
            return null;
        }

        var issuedWith = Enumerable.Range(li + 1, Math.Min(4, lines.Count - li - 1))
            .Any(k => text[lines[k].Start] == '(' && VietnameseAnalyzer.FoldWords(text[lines[k].Start..lines[k].End]).Contains("kem theo", StringComparison.Ordinal));
        var issuedByDecision = issuedWith
            || VietnameseAnalyzer.FoldWords(text[bodyStart..start]).Contains("kem theo quyet dinh nay " + VietnameseAnalyzer.FoldWords(name), StringComparison.Ordinal);
        var articles = issuedByDecision && lines.Skip(li + 1).Any(l => MayBeArticle(text[l.Start]) && ArticleLine().IsMatch(text.AsSpan(l.Start, l.End - l.Start)));
        return articles ? name : null;
    }

    private static readonly System.Buffers.SearchValues<char> LowerAscii = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>The name of the issued text a title line begins with ("QUY CHẾ PHỐI HỢP …" → "Quy chế"); null when it names none.</summary>
    private static string? InstrumentTitled(string line)
    {
        var folded = VietnameseAnalyzer.FoldWords(line);
        return ProvisionPath.InstrumentNames.FirstOrDefault(n => folded.StartsWith(VietnameseAnalyzer.FoldWords(n), StringComparison.Ordinal));
    }

    private static Builder? Classify(string text, List<(int Start, int End)> lines, int index, List<Builder> open, List<Builder> roots, bool outline)
    {
        var (start, end) = lines[index];
        var first = text[start];

        // Cheap tests on the first character before any regular expression: most lines are prose.
        var article = MayBeArticle(first) ? ArticleLine().Match(text, start, end - start) : Match.Empty;
        // The relaxed form ("Điều 5 Phạm vi", no period, the line going on) must not be a reference that starts a line.
        if (article.Success && article.Index + article.Length < end
            && !article.Value.Contains('.', StringComparison.Ordinal) && !article.Value.Contains(':', StringComparison.Ordinal)
            && (end - start > 250 || CitedDocument().IsMatch(text, article.Index + article.Length)))
        {
            article = Match.Empty; // "Điều 46 Bộ luật Hình sự …": a reference starting a line, not a heading
        }

        if (article.Success)
        {
            var number = article.Groups["n"].Value.ToLowerInvariant();
            var path = ProvisionPath.ForArticle(number);
            var (hs, he) = HeadingAfter(text, lines, index, article.Index + article.Length);
            if (EndsAsSentence(text, hs, he))
            {
                hs = he = article.Index + article.Length; // "Điều 1. Phê duyệt … như sau:": the body, not a title
            }

            return new Builder(ProvisionLevel.Article, $"Điều {number}", path, start, hs, he);
        }

        var containerLine = first is 'P' or 'C' or 'M' or 'T' ? ContainerLine().Match(text, start, end - start) : Match.Empty;
        if (containerLine.Success)
        {
            var level = LevelOf(containerLine.Groups["kind"].Value);
            var label = containerLine.Groups["n"].Value;
            var (hs, he) = HeadingAfter(text, lines, index, containerLine.Index + containerLine.Length);
            var name = containerLine.Groups["kind"].Value;
            return new Builder(level, $"{char.ToUpperInvariant(name[0])}{name[1..].ToLowerInvariant()} {label}", ProvisionPath.ForContainer(level, label), start, hs, he);
        }

        var parentArticle = open.LastOrDefault(b => b.Level == ProvisionLevel.Article);

        // Plans and reports: "I. MỤC ĐÍCH", "II. NỘI DUNG" outside any article, in sequence, as sections.
        var roman = parentArticle is null && first is 'I' or 'V' or 'X' ? RomanLine().Match(text, start, end - start) : Match.Empty;
        if (roman.Success)
        {
            var label = roman.Groups["n"].Value;
            var parent = open.LastOrDefault(b => b.Level < ProvisionLevel.Section);
            var siblings = parent?.Children ?? roots;
            if (RomanValue(label) == siblings.Count(c => c.Level == ProvisionLevel.Section) + 1)
            {
                var (hs, he) = HeadingAfter(text, lines, index, roman.Index + roman.Length);
                return new Builder(ProvisionLevel.Section, $"Mục {label}", ProvisionPath.ForContainer(ProvisionLevel.Section, label), start, hs, he);
            }
        }

        var clause = char.IsAsciiDigit(first) ? ClauseLine().Match(text, start, end - start) : Match.Empty;
        if (clause.Success && (parentArticle is not null || outline))
        {
            var n = int.Parse(clause.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var container = parentArticle ?? open.LastOrDefault(b => b.Level < ProvisionLevel.Article);
            var siblings = container?.Children ?? roots;
            if (n == siblings.Count(c => c.Level == ProvisionLevel.Clause) + 1)
            {
                // An item of a plan's or report's outline section is that section's: "1." under "II." is "Mục II.1",
                // so the first items of two sections never share a path.
                var basePath = parentArticle?.Path ?? (container is { Level: ProvisionLevel.Section } section ? section.Path : ProvisionPath.Document);
                var contentStart = clause.Index + clause.Length;
                return new Builder(ProvisionLevel.Clause, n.ToString(System.Globalization.CultureInfo.InvariantCulture), basePath.WithClause(n), start, contentStart, contentStart);
            }
        }

        var parentClause = open.LastOrDefault(b => b.Level == ProvisionLevel.Clause);
        var point = parentClause is not null && end - start > 1 && (text[start + 1] == ')' || char.IsWhiteSpace(text[start + 1])) ? PointLine().Match(text, start, end - start) : Match.Empty;
        if (point.Success && parentClause is not null)
        {
            var letter = point.Groups["p"].Value.ToLowerInvariant();
            var expected = parentClause.Children.Count(c => c.Level == ProvisionLevel.Point);
            if (expected < PointLetters.Length && letter[0] == PointLetters[expected])
            {
                var contentStart = point.Index + point.Length;
                return new Builder(ProvisionLevel.Point, letter, parentClause.Path.WithPoint(letter), start, contentStart, contentStart);
            }
        }

        return null;
    }

    /// <summary>The heading after a label: the rest of the line, or the next line when the rest is empty.</summary>
    private static (int Start, int End) HeadingAfter(string text, List<(int Start, int End)> lines, int index, int afterLabel)
    {
        var (_, end) = lines[index];
        var s = afterLabel;
        while (s < end && (char.IsWhiteSpace(text[s]) || text[s] is '.' or ':' or '-' or '–'))
        {
            s++;
        }

        var e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        if (e > s || index + 1 >= lines.Count)
        {
            return (s, e);
        }

        var (ns, ne) = lines[index + 1];
        var next = text.AsSpan(ns, ne - ns);
        if (ne - ns > MaxHeadingLength || ArticleLine().IsMatch(next) || ContainerLine().IsMatch(next) || ClauseLine().IsMatch(next))
        {
            return (s, s);
        }

        return (ns, ne);
    }

    /// <summary>
    /// Titles of articles carry no final punctuation ("Phạm vi điều chỉnh"); the text after "Điều 1." in a decision
    /// or a constitution is a sentence ("Phê duyệt … như sau:", "Nước … là một nước độc lập … ."), so it is body.
    /// </summary>
    private static bool EndsAsSentence(string text, int start, int end) =>
        end > start && text[end - 1] is '.' or ':' or ';' or '!' or '?';

    private static bool MayBeArticle(char first) => first is 'Đ' or 'đ' or 'D' or 'd';

    private static int RomanValue(string numeral)
    {
        int total = 0, previous = 0;
        for (var i = numeral.Length - 1; i >= 0; i--)
        {
            var value = numeral[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, _ => 0 };
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }

    private static bool IsClosingLine(ReadOnlySpan<char> line)
    {
        Span<char> head = stackalloc char[Math.Min(line.Length, 12)];
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = VietnameseLetters.Fold(line[i]);
        }

        return head.StartsWith("noi nhan");
    }

    private static ProvisionLevel LevelOf(string kind) => VietnameseAnalyzer.FoldWords(kind) switch
    {
        "phan" => ProvisionLevel.Part,
        "chuong" => ProvisionLevel.Chapter,
        "muc" => ProvisionLevel.Section,
        _ => ProvisionLevel.Subsection,
    };

    /// <summary>Lines as (start, end) offsets of their content, leading white space skipped, blank lines left out.</summary>
    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var s = i;
            while (s < lineEnd && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            var e = lineEnd;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                yield return (s, e);
            }

            i = lineEnd + 1;
        }
    }

    // "Điều 5." / "Điều 5:" / "Điều 5" alone / "Điều 5 Phạm vi" (a capitalised heading without the period, as
    // some Word files have it); "Điêu", "Điểu" are OCR readings of "Điều".
    [GeneratedRegex(@"\G(?:Đi[ềêểếệễe]u|ĐI[ỀÊỂẾỆỄE]U|Dieu|DIEU)\s+(?<n>\d{1,4}[a-zđ]?)(?:\s*[.:]|\s*$|\s+(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"\G(?:Bộ luật|Luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Hiến pháp|Pháp lệnh|Chỉ thị|Văn bản|của|này)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitedDocument();

    [GeneratedRegex(@"\G(?<n>[IVX]{1,5})\s*[.)]\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex RomanLine();

    // The heading, not a reference that wrapped onto a new line ("Chương II của Nghị định này"): after the
    // label comes the end of the line, punctuation, or a capital.
    [GeneratedRegex(@"\G(?<kind>Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Tiểu mục|TIỂU MỤC)\s+(?<n>thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLC]+|\d{1,3})(?=\s*$|\s*[.:\-–]|\s+[\p{Lu}\d(“""])", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerLine();

    // "1. Nội dung"; also as typed in the wild: "1.Nội dung", "2..Nội dung" (never "1.5" or "1.000").
    [GeneratedRegex(@"\G(?<n>\d{1,3})\s*\.{1,2}(?:\s+(?=\S)|(?=\p{Lu}\p{Ll}))", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"\G(?<p>[a-zđ])\s*\)\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex PointLine();

    private sealed class Builder(ProvisionLevel level, string label, ProvisionPath path, int start, int headingStart, int headingEnd)
    {
        public ProvisionLevel Level { get; } = level;

        public int Start { get; } = start;

        public string Label { get; } = label;

        public ProvisionPath Path { get; set; } = path;

        public int End { get; set; }

        public List<Builder> Children { get; } = [];

        public StructureNode Build() =>
            new(Level, Label, Path, Start, End, headingStart, headingEnd, Children.Select(c => c.Build()).ToList());
    }
}
