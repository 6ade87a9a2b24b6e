using System.Text.RegularExpressions;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// Types what a citing sentence does with what it cites: a "Căn cứ" line is legal basis; otherwise the
/// nearest relation verb before the reference in the same clause ("bãi bỏ Quyết định số …", "Nghị định này
/// quy định chi tiết Luật …"), or after it ("Nghị định số … hết hiệu lực", "Điều 5 được sửa đổi"), and for
/// the items of a list the verb of the line that introduces the list ("Bãi bỏ các văn bản sau:"). A verb that
/// is proposed, assigned or conditional ("kiến nghị sửa đổi", "đề nghị bãi bỏ", "Sở … tham mưu thay thế",
/// "khi … hết hiệu lực") does nothing yet: the reference is a mention.
/// </summary>
internal static partial class RelationClassifier
{
    private const int Window = 160;

    public static CitationRelation Classify(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var paragraphStart = ParagraphStart(text, lineStart);
        if (BasisLine().IsMatch(text, paragraphStart))
        {
            return InDescriptionOfABasis(text, paragraphStart, start) ? CitationRelation.References : CitationRelation.Basis;
        }

        var after = After(text, end);
        if (after is { } a)
        {
            return a;
        }

        var before = Before(text, paragraphStart, start);
        if (before is { } b)
        {
            return b;
        }

        return ListIntroduction(text, lineStart) ?? CitationRelation.References;
    }

    /// <summary>
    /// Where the paragraph holding a line begins, when the line is a wrap that extraction did not join (OCR, some
    /// PDFs): a line starting in lower case after one that does not end a sentence continues it, up to three lines.
    /// </summary>
    private static int ParagraphStart(string text, int lineStart)
    {
        for (var wraps = 0; wraps < 3 && lineStart > 1 && char.IsLower(text[lineStart]); wraps++)
        {
            var previousEnd = lineStart - 1;
            var last = previousEnd - 1;
            while (last >= 0 && text[last] is ' ' or '\t')
            {
                last--;
            }

            if (last < 0 || text[last] is '.' or ';' or ':' or '\n')
            {
                break;
            }

            lineStart = text.LastIndexOf('\n', Math.Max(0, previousEnd - 1)) + 1;
        }

        return lineStart;
    }

    /// <summary>
    /// Whether a reference on a "Căn cứ" line sits in the description of an earlier basis of the same clause
    /// ("Thông tư số 14/2014/TT-BTP … quy định chi tiết thi hành Nghị định số 59/2012/NĐ-CP"): that document is
    /// named, not relied on, so an expired one there is no lapsed basis. A reference right after "bởi", "theo" or "và"
    /// ("…, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP") is relied on with the one before it.
    /// </summary>
    private static bool InDescriptionOfABasis(string text, int paragraphStart, int start)
    {
        if (AmendingLaw().Match(text, start) is { Success: true } own && own.Index == start)
        {
            return false; // "Luật A …, Luật sửa đổi, bổ sung một số điều của Luật A …": the amending law is a basis of its own
        }

        var head = text.AsSpan(paragraphStart, start - paragraphStart);
        var clause = head[(head.LastIndexOfAny(';', ':') + 1)..].ToString(); // "Căn cứ các Nghị định số: 43/2014/NĐ-CP …; 01/2017/NĐ-CP …"
        if (AmendingLaw().Matches(clause) is { Count: > 0 } amending)
        {
            // "…, Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật …": the laws named after an
            // amending law without a name of its own stand for it, and are relied on.
            clause = clause[(amending[^1].Index + amending[^1].Length)..];
        }

        if (!EarlierReference().IsMatch(clause))
        {
            return false;
        }

        var words = clause.TrimEnd().Split(' ');
        return words[^1] is not ("bởi" or "theo" or "và");
    }

    /// <summary>
    /// "… hết hiệu lực" later in the clause (also across a list of references: "Nghị định A và Nghị định B …
    /// hết hiệu lực"), "… được sửa đổi, bổ sung", "… bị bãi bỏ" right after the reference. The clause ends at
    /// the sentence's end or where a reason begins (", do …", ", vì …").
    /// </summary>
    private static CitationRelation? After(string text, int end)
    {
        var length = Math.Min(Window * 2, text.Length - end);
        var tail = text.AsSpan(end, length);
        var stop = tail.IndexOfAny(".;\n:");
        var clause = (stop >= 0 ? tail[..stop] : tail).ToString();
        var reason = Reason().Match(clause);
        if (reason.Success)
        {
            clause = clause[..reason.Index];
        }

        var m = AfterVerb().Match(clause);
        if (!m.Success)
        {
            return null;
        }

        // "… cần được sửa đổi", "… đề nghị bãi bỏ": proposed, not done.
        if (Proposal().IsMatch(clause[..m.Index]))
        {
            return CitationRelation.References;
        }

        // "… được sửa đổi, bổ sung bởi Nghị định số …": another document amended it, not this one.
        var rest = clause.AsSpan(m.Index + m.Length).TrimStart();
        return rest.StartsWith("bởi", StringComparison.OrdinalIgnoreCase) ? CitationRelation.References : Verb(m.Groups["verb"].Value);
    }

    private static CitationRelation? Before(string text, int lineStart, int start)
    {
        var from = Math.Max(lineStart, start - Window);
        var head = text[from..start];
        var boundary = head.LastIndexOfAny(['.', ';', ':']);
        if (boundary >= 0 && !IsNumberDot(head, boundary))
        {
            head = head[(boundary + 1)..];
        }

        var matches = BeforeVerb().Matches(head);
        if (matches.Count == 0)
        {
            return null;
        }

        var last = matches[^1];
        var between = head[(last.Index + last.Length)..];
        if (Proposal().IsMatch(head[..last.Index]))
        {
            return CitationRelation.References; // "kiến nghị … sửa đổi Quyết định số …": proposed, not done
        }

        return Indirect().IsMatch(between) ? null : Verb(last.Groups["verb"].Value);
    }

    /// <summary>A list item ("a) …", "- …", "1. …") under a line ending with ':' that carries a verb.</summary>
    private static CitationRelation? ListIntroduction(string text, int lineStart)
    {
        if (!ListItem().IsMatch(text, lineStart))
        {
            return null;
        }

        var lineEnd = lineStart - 1;
        while (lineEnd > 0)
        {
            var previousStart = text.LastIndexOf('\n', lineEnd - 1) + 1;
            var line = text[previousStart..lineEnd].TrimEnd();
            if (!ListItem().IsMatch(line))
            {
                if (!line.EndsWith(':'))
                {
                    return null;
                }

                var verbs = BeforeVerb().Matches(line);
                if (verbs.Count > 0 && Proposal().IsMatch(line[..verbs[^1].Index]))
                {
                    return CitationRelation.References;
                }

                return verbs.Count > 0 ? Verb(verbs[^1].Groups["verb"].Value) : AfterVerb().Match(line) is { Success: true } m ? Verb(m.Groups["verb"].Value) : null;
            }

            lineEnd = previousStart - 1;
        }

        return null;
    }

    private static bool IsNumberDot(string head, int i) => head[i] == '.' && i > 0 && char.IsAsciiDigit(head[i - 1]) && i + 1 < head.Length && char.IsAsciiDigit(head[i + 1]);

    private static CitationRelation Verb(string verb)
    {
        var v = verb.ToLowerInvariant();
        return v.StartsWith("sửa đổi", StringComparison.Ordinal) ? CitationRelation.Amends
            : v.StartsWith("bổ sung", StringComparison.Ordinal) ? CitationRelation.Supplements
            : v.StartsWith("thay thế", StringComparison.Ordinal) ? CitationRelation.Replaces
            : v is "bãi bỏ" or "hủy bỏ" or "huỷ bỏ" ? CitationRelation.Repeals
            : v.StartsWith("hết hiệu lực", StringComparison.Ordinal) ? CitationRelation.Expires
            : v.StartsWith("hướng dẫn", StringComparison.Ordinal) ? CitationRelation.Guides
            : v.StartsWith("quy định chi tiết", StringComparison.Ordinal) ? CitationRelation.Details
            : CitationRelation.Suspends; // đình chỉ (thi hành), ngưng hiệu lực
    }

    private const string Verbs = @"sửa đổi,?\s+bổ sung|sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|hết hiệu lực|hướng dẫn(?:\s+thi hành)?|quy định chi tiết|đình chỉ(?:\s+thi hành)?|ngưng hiệu lực";

    [GeneratedRegex(@",\s*(?:do|vì|bởi vì|nhưng)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\G\s*[-+*•]?\s*Căn cứ\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BasisLine();

    [GeneratedRegex(@"(?<![\p{L}])(?:Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư)\s+sửa đổi", RegexOptions.CultureInvariant)]
    private static partial Regex AmendingLaw();

    /// <summary>A document named before, in capitals as names are ("Luật sửa đổi …" names the law it amends, read on its own), or a number with its year.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị)(?![\p{L}])(?!\s+sửa đổi)|(?<![\d/])\d{1,6}\s?/\s?\d{4}\s?/", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierReference();

    [GeneratedRegex(@"(?<![\p{L}])(?<verb>" + Verbs + @")(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforeVerb();

    /// <summary>After a reference: "hết hiệu lực" anywhere in the clause, other verbs only as "được/bị/đã được …".</summary>
    [GeneratedRegex(@"^(?:(?<![\p{L}])(?<verb>hết hiệu lực|ngưng hiệu lực)|[^\p{L}]*(?:được|bị)\s+(?<verb>sửa đổi,?\s+bổ sung|sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|đình chỉ))|(?<![\p{L}])(?<verb>hết hiệu lực|ngưng hiệu lực)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterVerb();

    /// <summary>Words between a verb and a reference that make the reference the reason or the source, not the object.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:do|vì|theo|tại|bởi|căn cứ|trên cơ sở|thực hiện)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Indirect();

    /// <summary>
    /// Words that make a verb a proposal or a task rather than an act: "kiến nghị sửa đổi", "đề nghị bãi bỏ",
    /// "cần rà soát để thay thế", "chỉ đạo rà soát, sửa đổi", "dự kiến bãi bỏ", "xem xét sửa đổi".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:kiến nghị|kính đề nghị|đề nghị|đề xuất|cần(?!\s+thiết)|nên|xem xét|nghiên cứu|rà soát|dự kiến|chỉ đạo|yêu cầu|tham mưu|khi|nếu)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Proposal();

    [GeneratedRegex(@"\G\s*(?:[a-zđ]\)|\d{1,3}[.)]|[-+•*])\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
