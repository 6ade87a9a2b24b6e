using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// How an officer writes a provision: "Khoản 1 Điều 6", "Điểm a khoản 1 Điều 6", "Điều 6", "Chương II",
/// "Mục II.3" for a plan's outline item; a provision of the text a decision issues with its name after it, "Khoản 1
/// Điều 7 Quy chế", as officers write "khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số …". The one place a
/// <see cref="ProvisionPath"/> becomes words.
/// </summary>
public static partial class ProvisionLabel
{
    /// <summary>The label, capitalised as a heading, or with its first word in lower case inside a sentence ("khoản 1 Điều 6"); "Điều" and containers keep their capital.</summary>
    public static string Of(ProvisionPath path, bool lowerFirst = false)
    {
        if (path.IsDocument)
        {
            return lowerFirst ? "toàn văn" : "Toàn văn";
        }

        if (path.Instrument is { } instrument)
        {
            return $"{Of(path.InInstrument(null), lowerFirst)} {instrument}";
        }

        if (path.Container is not null)
        {
            return path.ToString(); // "Chương II", "Mục II.3.a": outline numbering is written as numbered
        }

        var parts = new List<string>(3);
        if (path.Point is { } point)
        {
            parts.Add($"điểm {point}");
        }

        if (path.Clause is { } clause)
        {
            parts.Add($"khoản {clause}");
        }

        if (path.Article is { } article)
        {
            parts.Add($"Điều {article}");
        }

        var text = string.Join(" ", parts);
        return lowerFirst ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// A provision inside a sentence with the document it belongs to, as a dispatch cites it: "khoản 1 Điều 7 của Quyết
    /// định số 08/2021/QĐ-UBND", and for the text a decision issues "khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định
    /// số 17/2022/QĐ-UBND" (not "Quy chế của Quyết định"). <paramref name="document"/> is the document's name.
    /// </summary>
    public static string Of(ProvisionPath path, string document, bool lowerFirst = false) =>
        path.IsDocument ? document
        : path.Instrument is null ? $"{Of(path, lowerFirst)} của {document}"
        : $"{Of(path, lowerFirst)} ban hành kèm theo {document}";

    /// <summary>As <see cref="Of(ProvisionPath, string, bool)"/>, for a path as stored; the text itself before "của" when it is not a path.</summary>
    public static string Of(string? path, string document, bool lowerFirst = false) =>
        ProvisionPath.TryParse(path, out var parsed) ? Of(parsed.Value, document, lowerFirst)
        : string.IsNullOrEmpty(path) ? document : $"{path} của {document}";

    /// <summary>
    /// Several provisions of one document inside a sentence, as a dispatch lists them: clauses of one article share
    /// it, "khoản 1 và khoản 2 Điều 5 Quy chế", "khoản 1, khoản 2 và khoản 4 Điều 7", and the rest follow in their
    /// order, "khoản 1 và khoản 2 Điều 5 Quy chế, Điều 9 Quy chế". Each provision is named once; a stored text that is
    /// not a path is kept as it is.
    /// </summary>
    public static string List(IEnumerable<string?> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var groups = new List<(ProvisionPath? Article, List<string> Items)>();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            if (!ProvisionPath.TryParse(path, out var parsed) || parsed.Value is not { Clause: { } clause, Point: null, Container: null, Article: not null } p)
            {
                groups.Add((null, [Of(path, lowerFirst: true)]));
                continue;
            }

            var article = p.ArticleOnly;
            var at = groups.FindIndex(g => g.Article == article);
            if (at < 0)
            {
                groups.Add((article, [$"khoản {clause}"]));
            }
            else
            {
                groups[at].Items.Add($"khoản {clause}");
            }
        }

        return string.Join(", ", groups.Select(g => g.Article is not { } article ? g.Items[0]
            : g.Items.Count == 1 ? $"{g.Items[0]} {Of(article)}"
            : $"{string.Join(", ", g.Items[..^1])} và {g.Items[^1]} {Of(article)}"));
    }

    /// <summary>A stored path's label ("Điều 6.1" → "Khoản 1 Điều 6"); the text itself when it is not a path.</summary>
    public static string Of(string? path, bool lowerFirst = false) =>
        ProvisionPath.TryParse(path, out var parsed) ? Of(parsed.Value, lowerFirst) : path ?? string.Empty;

    /// <summary>
    /// A heading as shown above a provision: its label, then its own words without the label repeated
    /// ("Điều 6.1" with "Điều 6. Phối hợp" → "Khoản 1 Điều 6 — Phối hợp"); the preamble and the closing by name.
    /// </summary>
    public static string Heading(ProvisionPath path, string? heading, UnitKind kind, bool lowerFirst = false) =>
        Heading(path.IsDocument ? null : path.ToString(), heading, kind.ToString(), lowerFirst);

    /// <summary>As <see cref="Heading(ProvisionPath, string?, UnitKind, bool)"/>, for a path and a kind as stored.</summary>
    public static string Heading(string? path, string? heading, string? kind = null, bool lowerFirst = false)
    {
        if (string.IsNullOrEmpty(path) && kind is nameof(UnitKind.Appendix) or nameof(UnitKind.Attached) && !string.IsNullOrWhiteSpace(heading))
        {
            return IssuedTextHeading(heading.Trim(), kind == nameof(UnitKind.Appendix));
        }

        if (string.IsNullOrEmpty(path))
        {
            var part = kind switch { "Preamble" => "Phần mở đầu", "Closing" => "Phần cuối", _ => "Toàn văn" };
            return lowerFirst ? char.ToLowerInvariant(part[0]) + part[1..] : part;
        }

        var label = Of(path, lowerFirst);
        var rest = heading is null ? string.Empty : LeadingLabel().Replace(heading.Trim(), string.Empty).Trim();
        return rest.Length == 0 ? label : $"{label} — {rest}";
    }

    /// <summary>
    /// Where in <paramref name="structure"/> a place outside every provision stands, by name: "Phần mở đầu", "Phần cuối"
    /// (also the signature between a decision and the text it issues), "Kế hoạch kèm theo" for that text's title block.
    /// Without the structure, the preamble.
    /// </summary>
    public static string Part(DocumentStructure? structure, int offset, bool lowerFirst = false)
    {
        var part = structure?.PartAt(offset) ?? UnitKind.Preamble;
        return part == UnitKind.Attached && structure?.IssuedText is { } issued
            ? Heading(null, issued, nameof(UnitKind.Attached), lowerFirst)
            : Heading(null, null, part == UnitKind.Attached ? nameof(UnitKind.Preamble) : part.ToString(), lowerFirst);
    }

    /// <summary>
    /// An appendix by its label and its title as written, as a chapter is ("Phụ lục I — NHIỆM VỤ THEO DÕI …"), or
    /// the start of a text a decision issues by its name ("Quy chế kèm theo"). Both are names, so they keep their
    /// capital inside a sentence.
    /// </summary>
    private static string IssuedTextHeading(string heading, bool appendix)
    {
        if (!appendix)
        {
            return $"{LetterCase.SentenceCase(heading)} kèm theo";
        }

        var dot = heading.IndexOf(". ", StringComparison.Ordinal);
        return dot < 0 ? heading : $"{heading[..dot]} — {heading[(dot + 2)..].Trim()}";
    }

    /// <summary>
    /// A provision's own label at the start of its heading ("Điều 8.", "Chương II:", "Phần thứ nhất."): a level's name and a
    /// number, a roman numeral, a letter or "thứ …", ending there. "MỤC ĐÍCH, YÊU CẦU" and "MỤC TIÊU" are words, not labels.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:Điều|Khoản|Điểm|Chương|Mục|Phần)\s+(?:thứ\s+[^\s.:]+|\d+[a-zđ]?|[IVXLC]+|[a-zđ])(?=[\s.:)]|$)[.:)]?\s*)+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LeadingLabel();
}
