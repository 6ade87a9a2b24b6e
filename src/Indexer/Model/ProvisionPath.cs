using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Model;

/// <summary>
/// Where a provision sits in its document: "Điều 5", "Điều 5.2", "Điều 5.2.đ" (Article 5, Clause 2, Point đ),
/// "Khoản 2.a" in a text that is a single article, a container such as "Chương II", or an item of a plan's
/// outline ("Mục II.3.a": section II, item 3, point a). The empty path is the document as a whole. A provision of the
/// text a decision issues (a quy chế, quy định, điều lệ … "ban hành kèm theo Quyết định này") carries that text's name,
/// "Quy chế: Điều 7.1", so that the decision's own "Điều 1" and the quy chế's "Điều 1" are two provisions.
/// <c>Parse(p.ToString()) == p</c> for every path.
/// </summary>
public readonly partial record struct ProvisionPath
{
    private ProvisionPath(ProvisionLevel? container, string? containerLabel, string? article, int? clause, string? point, string? instrument = null)
    {
        Instrument = instrument;
        Container = container;
        ContainerLabel = containerLabel;
        Article = article;
        Clause = clause;
        Point = point;
    }

    /// <summary>The whole document.</summary>
    public static ProvisionPath Document => default;

    /// <summary>The name of the issued text the provision belongs to ("Quy chế"), or null for the document's own provisions.</summary>
    public string? Instrument { get; }

    /// <summary>For a Part/Chapter/Section/Subsection, its level.</summary>
    public ProvisionLevel? Container { get; }

    /// <summary>For a container, its label as numbered: "II", "1", "thứ nhất".</summary>
    public string? ContainerLabel { get; }

    /// <summary>The article number: "5", "37a".</summary>
    public string? Article { get; }

    /// <summary>The clause number.</summary>
    public int? Clause { get; }

    /// <summary>The point letter: "a", "đ".</summary>
    public string? Point { get; }

    /// <summary>Whether this is the document as a whole.</summary>
    public bool IsDocument => Container is null && Article is null && Clause is null;

    /// <summary>The deepest level named by the path, or null for the document.</summary>
    public ProvisionLevel? Level =>
        Point is not null ? ProvisionLevel.Point
        : Clause is not null ? ProvisionLevel.Clause
        : Article is not null ? ProvisionLevel.Article
        : Container;

    /// <summary>Article <paramref name="number"/>.</summary>
    public static ProvisionPath ForArticle(string number) => new(null, null, number.ToLowerInvariant(), null, null);

    /// <summary>A container (Part, Chapter, Section, Subsection) with its label.</summary>
    public static ProvisionPath ForContainer(ProvisionLevel level, string label) =>
        level is ProvisionLevel.Article or ProvisionLevel.Clause or ProvisionLevel.Point
            ? throw new ArgumentOutOfRangeException(nameof(level), level, "not a container level")
            : new(level, label, null, null, null);

    /// <summary>Clause (or numbered item) <paramref name="clause"/> of this article, outline section, or text that is one article.</summary>
    public ProvisionPath WithClause(int clause) => new(Container, ContainerLabel, Article, clause, null, Instrument);

    /// <summary>Point <paramref name="point"/> of this clause.</summary>
    public ProvisionPath WithPoint(string point) =>
        Clause is null ? throw new InvalidOperationException("a point needs a clause") : new(Container, ContainerLabel, Article, Clause, point.ToLowerInvariant(), Instrument);

    /// <summary>
    /// Whether <paramref name="other"/> is this provision or lies within it: "Điều 1" holds "Điều 1.2.a" but not "Điều 10",
    /// and the decision's own "Điều 1" does not hold the quy chế's. The whole document holds everything.
    /// </summary>
    public bool Contains(ProvisionPath other) =>
        IsDocument
        || (Instrument == other.Instrument && Container == other.Container && ContainerLabel == other.ContainerLabel && Article == other.Article
            && (Clause is null || (Clause == other.Clause && (Point is null || Point == other.Point))));

    /// <summary>The article alone, without clause and point.</summary>
    public ProvisionPath ArticleOnly => Article is null ? this : ForArticle(Article).InInstrument(Instrument);

    /// <summary>
    /// This provision in the issued text named <paramref name="instrument"/> ("Quy chế"); without one (null), the
    /// document's own. A name is written as <see cref="InstrumentNames"/> writes it.
    /// </summary>
    public ProvisionPath InInstrument(string? instrument) =>
        IsDocument ? this : new(Container, ContainerLabel, Article, Clause, Point, instrument is null ? null : InstrumentName(instrument) ?? throw new ArgumentException($"'{instrument}' is not the name of an issued text", nameof(instrument)));

    /// <summary>The names of the texts a decision issues, as a path writes them.</summary>
    public static IReadOnlyList<string> InstrumentNames { get; } = ["Quy chế", "Quy định", "Điều lệ", "Nội quy", "Hướng dẫn", "Quy trình", "Kế hoạch", "Chương trình", "Đề án"];

    /// <summary>
    /// Whether an issued text is written in outline sections and items ("I. MỤC ĐÍCH", "1. …") rather than articles: a
    /// plan, programme or scheme a decision approves.
    /// </summary>
    public static bool IsOutlineInstrument(string? name) => name is "Kế hoạch" or "Chương trình" or "Đề án";

    /// <summary>The name of an issued text as a path writes it ("QUY CHẾ", "quy che" → "Quy chế"); null when it is none.</summary>
    public static string? InstrumentName(string text)
    {
        var folded = Fold(text.Trim());
        return InstrumentNames.FirstOrDefault(n => Fold(n) == folded);
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <inheritdoc />
    public override string ToString() => Instrument is null || IsDocument ? OwnPart() : $"{Instrument}: {OwnPart()}";

    private string OwnPart()
    {
        if (Container is { } level)
        {
            var container = $"{LevelName(level)} {ContainerLabel}";
            return Clause is null ? container : Point is null ? $"{container}.{Clause}" : $"{container}.{Clause}.{Point}";
        }

        if (Article is null && Clause is null)
        {
            return string.Empty;
        }

        var head = Article is null ? $"Khoản {Clause}" : Clause is null ? $"Điều {Article}" : $"Điều {Article}.{Clause}";
        return Point is null ? head : $"{head}.{Point}";
    }

    /// <summary>
    /// Parses a path written by <see cref="ToString"/>; also accepts "Dieu 5.2.d" without diacritics, and a provision
    /// as an officer writes it, "khoản 2 Điều 5" or "điểm a khoản 2 Điều 5" (<c>Parse(p.ToString()) == p</c> still).
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ProvisionPath? path)
    {
        path = null;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim();
        if (s.Length == 0)
        {
            path = Document;
            return true;
        }

        if (TryParseOwn(s, out path))
        {
            return true;
        }

        // "Quy chế: Điều 7.1" as written by ToString; "khoản 1 Điều 7 Quy chế" or "… của Quy chế" as an officer writes it.
        var issued = InstrumentPattern().Match(s);
        if (issued.Success && InstrumentName(issued.Groups["name"].Value) is { } name
            && TryParseOwn(issued.Groups["own"].Value.Trim(), out var own) && !own.Value.IsDocument)
        {
            path = own.Value.InInstrument(name);
            return true;
        }

        return false;
    }

    /// <summary>A path of the document's own provisions (no issued text's name), as <see cref="TryParse"/> reads it.</summary>
    private static bool TryParseOwn(string s, [NotNullWhen(true)] out ProvisionPath? path)
    {
        path = null;

        var article = ArticlePattern().Match(s);
        if (article.Success)
        {
            path = WithTail(ForArticle(article.Groups["article"].Value), article);
            return true;
        }

        var clause = ClausePattern().Match(s);
        if (clause.Success)
        {
            path = WithTail(default, clause);
            return true;
        }

        // As an officer writes it: "khoản 1 Điều 7", "điểm a khoản 2 Điều 5", "điểm b khoản 3".
        var written = WrittenPattern().Match(s);
        if (written.Success)
        {
            path = WithTail(written.Groups["article"].Success ? ForArticle(written.Groups["article"].Value) : default, written);
            return true;
        }

        var cm = ContainerPattern().Match(s);
        if (cm.Success)
        {
            var level = cm.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "phần" or "phan" => ProvisionLevel.Part,
                "chương" or "chuong" => ProvisionLevel.Chapter,
                "mục" or "muc" => ProvisionLevel.Section,
                _ => ProvisionLevel.Subsection,
            };
            path = WithTail(ForContainer(level, cm.Groups["label"].Value), cm);
            return true;
        }

        return false;
    }

    /// <summary>Parses a path, throwing <see cref="FormatException"/> when it is not one.</summary>
    public static ProvisionPath Parse(string text) =>
        TryParse(text, out var path) ? path.Value : throw new FormatException($"'{text}' is not a provision path");

    private static ProvisionPath WithTail(ProvisionPath head, Match match)
    {
        if (!match.Groups["clause"].Success)
        {
            return head;
        }

        var withClause = head.WithClause(int.Parse(match.Groups["clause"].Value, System.Globalization.CultureInfo.InvariantCulture));
        return match.Groups["point"].Success ? withClause.WithPoint(match.Groups["point"].Value) : withClause;
    }

    /// <summary>The Vietnamese name of a level, as the law writes it: "Chương", "Điều", "Khoản" …</summary>
    public static string LevelName(ProvisionLevel level) => level switch
    {
        ProvisionLevel.Part => "Phần",
        ProvisionLevel.Chapter => "Chương",
        ProvisionLevel.Section => "Mục",
        ProvisionLevel.Subsection => "Tiểu mục",
        ProvisionLevel.Article => "Điều",
        ProvisionLevel.Clause => "Khoản",
        _ => "Điểm",
    };

    [GeneratedRegex(@"^(?:(?<name>[^:]{4,12}):\s*(?<own>.+)|(?<own>.+?)\s+(?:(?:của|cua)\s+)?(?<name>\p{L}+\s+\p{L}+))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InstrumentPattern();

    [GeneratedRegex(@"^(?:Điều|Dieu)\s+(?<article>\d+[a-zđ]?)(?:\.(?<clause>\d+)(?:\.(?<point>[a-zđ]))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^(?:Khoản|Khoan)\s+(?<clause>\d+)(?:\.(?<point>[a-zđ]))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClausePattern();

    [GeneratedRegex(@"^(?:(?:điểm|diem)\s+(?<point>[a-zđ])\s*,?\s+)?(?:khoản|khoan)\s+(?<clause>\d+)(?:\s*,?\s+(?:(?:của|cua)\s+)?(?:Điều|Dieu)\s+(?<article>\d+[a-zđ]?))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenPattern();

    [GeneratedRegex(@"^(?<kind>Phần|Phan|Chương|Chuong|Mục|Muc|Tiểu mục|Tieu muc)\s+(?<label>thứ\s+\p{L}+|thu\s+\p{L}+|[^.\s]+)(?:\.(?<clause>\d+)(?:\.(?<point>[a-zđ]))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContainerPattern();
}
