using System.Text.RegularExpressions;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// Finds every reference a legal text makes to other documents and to provisions: "Nghị định số
/// 19/2020/NĐ-CP ngày 12/02/2020 của Chính phủ", "Luật Tổ chức chính quyền địa phương", "Quyết định
/// 242/QĐ-TTg", "khoản 2 Điều 10 của Nghị định này", "điểm a khoản 1 Điều 5 Luật …". Internal references are
/// resolved against the citing document's own structure; relations are typed by
/// <see cref="RelationClassifier"/>.
/// </summary>
/// <remarks>
/// A list of provisions ("khoản 1, 2 và 3 Điều 5", "Điều 5, 6") yields one citation per provision, sharing
/// the span of the whole phrase. Points apply to the first clause and clauses to the first article listed,
/// as drafters write them. References to chapters and sections are not read.
/// </remarks>
public static partial class CitationExtractor
{
    /// <summary>The citations of <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="structure">Its provision tree, for where each citation stands and what "Điều này" is.</param>
    /// <param name="selfKeys">
    /// The keys of the document itself (<see cref="CitationKeys.Of"/>): a reference to its own number or name is
    /// internal, and the "Số:" line is not a citation.
    /// </param>
    public static IReadOnlyList<Citation> Extract(string text, DocumentStructure structure, IReadOnlyCollection<string>? selfKeys = null)
    {
        selfKeys ??= [];
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(structure);
        var articles = structure.AllNodes.Where(n => n.Level == ProvisionLevel.Article).ToList();
        var headings = articles.Select(a => a.Start).ToHashSet();
        var citations = new List<Citation>();
        var consumedUntil = new SortedList<int, int>();

        foreach (Match chain in ProvisionChain().Matches(text))
        {
            var hasArticles = chain.Groups["articles"].Success;
            if ((!hasArticles && !chain.Groups["clauses"].Success) || headings.Contains(chain.Index) || IsClauseHeading(text, chain))
            {
                continue;
            }

            // "khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số 08/2021/QĐ-UBND": the quy chế's article, in that decision.
            string? instrument = null;
            DocumentReference? document;
            var issued = IssuedText().Match(text, chain.Index + chain.Length);
            if (issued.Success && DocumentReferenceReader.ReadAt(text, issued.Index + issued.Length) is { } issuer && (issuer.Self || issuer.Number is not null || issuer.Name is not null))
            {
                instrument = ProvisionPath.InstrumentName(issued.Groups["name"].Value);
                document = issuer;
            }
            else
            {
                var qualifier = Qualifier().Match(text, chain.Index + chain.Length);
                document = DocumentReferenceReader.ReadAt(text, qualifier.Index + qualifier.Length);
            }

            if (document is { Self: false, Number: null, Name: null })
            {
                document = null;
            }

            var end = document?.End ?? chain.Index + chain.Length;
            while (end > chain.Index && char.IsWhiteSpace(text[end - 1]))
            {
                end--; // "các khoản 2, 3 và 4 " with nothing after: the span ends at the last word
            }
            var external = document is { Self: false } && !IsSelf(document, selfKeys);
            // "Điều 5 của hai Quy chế nêu trên" in a report written in I., 1. outlines: a document without articles
            // has no Điều 5 of its own, so the article is another document's, one the words do not name.
            var unnamed = document is null && hasArticles && chain.Groups["articles"].Value != "này" && articles.Count == 0;
            var here = structure.Locate(chain.Index);
            var currentArticle = here?.Path.Article is { } a ? ProvisionPath.ForArticle(a).InInstrument(here.Path.Instrument) : (ProvisionPath?)null;
            // An article named inside the text a decision issues is that text's own ("Điều 5" in the quy chế is its Điều 5).
            // "… Quyết định này" is the decision's own article wherever it is written; "… Quy chế này" the quy chế's.
            instrument ??= external || unnamed ? null
                : document is { Self: true } self ? (self.Type is { } selfType ? ProvisionPath.InstrumentName(selfType) : null)
                : here?.Path.Instrument;
            var relation = RelationClassifier.Classify(text, chain.Index, end);
            consumedUntil[chain.Index] = end;

            foreach (var target in Targets(chain, currentArticle))
            {
                var bare = !hasArticles || chain.Groups["articles"].Value == "này";
                citations.Add(new Citation(text[chain.Index..end], chain.Index, end, relation)
                {
                    SourcePath = here?.Path ?? ProvisionPath.Document,
                    TargetPath = target?.InInstrument(instrument),
                    Internal = !external && !unnamed,
                    TargetNumber = external ? document!.Number : null,
                    TargetType = external ? document!.Type : null,
                    TargetName = external ? document!.Name : null,
                    TargetIssuer = external ? document!.Issuer : null,
                    TargetDate = external ? document!.Date : null,
                    TargetKey = external ? document!.Key : null,
                });

                if (bare && target is null)
                {
                    break;
                }
            }
        }

        foreach (Match candidate in DocumentCandidate().Matches(text))
        {
            if (IsConsumed(consumedUntil, candidate.Index))
            {
                continue;
            }

            var document = DocumentReferenceReader.ReadAt(text, candidate.Index);
            if (document is null || document.Self || (document.Number is null && document.Name is null) || IsSelf(document, selfKeys))
            {
                continue;
            }

            // "Căn cứ Nghị định số 32/2020/NĐ-CP … của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP":
            // the second number is the first decree's title, what that decree does, not a reference of this text's own.
            if (PrecedingEnd(consumedUntil, document.Start) is { } previous && OfTheCitedTitle().IsMatch(text.AsSpan(previous, document.Start - previous)))
            {
                consumedUntil[document.Start] = document.End;
                continue;
            }

            consumedUntil[document.Start] = document.End;
            citations.Add(new Citation(text[document.Start..document.End], document.Start, document.End, RelationClassifier.Classify(text, document.Start, document.End))
            {
                SourcePath = structure.Locate(document.Start)?.Path ?? ProvisionPath.Document,
                TargetNumber = document.Number,
                TargetType = document.Type,
                TargetName = document.Name,
                TargetIssuer = document.Issuer,
                TargetDate = document.Date,
                TargetKey = document.Key,
            });
        }

        return citations.OrderBy(c => c.Start).ThenBy(c => c.TargetPath?.ToString(), StringComparer.Ordinal).ToList();
    }

    /// <summary>The provisions a chain names; null entries stand for "the current article" when there is none.</summary>
    private static IEnumerable<ProvisionPath?> Targets(Match chain, ProvisionPath? currentArticle)
    {
        var articleValue = chain.Groups["articles"].Value;
        List<ProvisionPath?> articles = !chain.Groups["articles"].Success || articleValue == "này"
            ? [currentArticle]
            : ListItems(articleValue).Select(n => (ProvisionPath?)ProvisionPath.ForArticle(n)).ToList();
        var clauses = chain.Groups["clauses"].Success ? ListItems(chain.Groups["clauses"].Value).Select(int.Parse).ToList() : [];
        var points = chain.Groups["points"].Success ? ListItems(chain.Groups["points"].Value).ToList() : [];

        var first = articles[0] ?? ProvisionPath.Document;
        if (clauses.Count == 0)
        {
            foreach (var article in articles)
            {
                yield return article;
            }

            yield break;
        }

        if (points.Count > 0)
        {
            foreach (var point in points)
            {
                yield return first.WithClause(clauses[0]).WithPoint(point);
            }
        }
        else
        {
            yield return first.WithClause(clauses[0]);
        }

        foreach (var clause in clauses.Skip(1))
        {
            yield return first.WithClause(clause);
        }

        foreach (var article in articles.Skip(1))
        {
            yield return article;
        }
    }

    private static IEnumerable<string> ListItems(string list) =>
        ListSeparator().Split(list).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static bool IsSelf(DocumentReference document, IReadOnlyCollection<string> selfKeys) =>
        document.Key is { } key && selfKeys.Contains(key);

    /// <summary>"Khoản 2." opening a line in a document written clause by clause is structure, not a citation.</summary>
    private static bool IsClauseHeading(string text, Match chain)
    {
        var lineStart = chain.Index == 0 || text[chain.Index - 1] == '\n';
        var next = chain.Index + chain.Length;
        return lineStart && !chain.Groups["articles"].Success && next < text.Length && text[next] is '.' or ':';
    }

    /// <summary>Where the nearest span before <paramref name="position"/> ends, when one does at or before it.</summary>
    private static int? PrecedingEnd(SortedList<int, int> spans, int position)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            if (spans.Keys[i] < position)
            {
                return spans.Values[i] <= position ? spans.Values[i] : null;
            }
        }

        return null;
    }

    private static bool IsConsumed(SortedList<int, int> spans, int position)
    {
        // Spans are few per document; a linear scan from the nearest start is enough.
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            if (spans.Keys[i] <= position)
            {
                return position < spans.Values[i];
            }
        }

        return false;
    }

    // Every part of a chain is optional, so the pattern opens with a look-ahead for one of its words: without it
    // the pattern matches the empty string at every position of the text, and a long law costs a match object
    // per character.
    private const string ListSep = @"\s*(?:,|và|hoặc|đến)\s*";

    [GeneratedRegex(@"(?<![\p{L}\d])(?=(?:các\s+)?(?:[Đđ]iểm|ĐIỂM|[Kk]hoản|KHOẢN|Điều|ĐIỀU))(?:(?:các\s+)?(?:[Đđ]iểm|ĐIỂM)\s+(?<points>[a-zđ](?:" + ListSep + @"(?:điểm\s+)?[a-zđ](?![\p{L}\d]))*)\s*,?\s+(?:của\s+)?)?(?:(?:các\s+)?(?:[Kk]hoản|KHOẢN)\s+(?<clauses>\d{1,3}(?:" + ListSep + @"(?:khoản\s+)?\d{1,3}(?![\d/]|[.,]\d))*)(?![\d/]|[.,]\d)\s*,?\s*(?:của\s+)?)?(?:(?:các\s+)?(?:Điều|ĐIỀU)\s+(?<articles>\d{1,4}[a-zđ]?(?:" + ListSep + @"(?:Điều\s+)?\d{1,4}[a-zđ]?(?![\d/\p{L}]))*(?![\d/\p{L}])|này(?![\p{L}])))?", RegexOptions.CultureInvariant)]
    private static partial Regex ProvisionChain();

    [GeneratedRegex(ListSep + @"(?:điểm|khoản|Điều)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\G\s*,?\s*(?:(?:của|tại|thuộc|trong|theo)\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();

    /// <summary>
    /// After a provision chain, the text a decision issued, up to the decision: "Quy chế ban hành kèm theo ", "của Quy chế
    /// phối hợp … ban hành kèm theo ", "Quy định kèm theo ". The name is capitalised, as a name is ("quy định" is a verb).
    /// </summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:(?:của|tại|theo)\s+)?(?<name>Quy chế|Quy định|Điều lệ|Nội quy|Hướng dẫn|Quy trình)(?:\s+[^,.;:()\n]{1,160}?)?\s+(?:được\s+)?(?:ban hành\s+)?kèm theo\s+", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedText();

    /// <summary>
    /// The words between a cited document and one its title names: "sửa đổi, bổ sung một số điều của ", "quy định chi
    /// tiết thi hành ", "hướng dẫn ".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:sửa đổi, bổ sung|sửa đổi|bổ sung|quy định chi tiết và hướng dẫn thi hành|quy định chi tiết thi hành|quy định chi tiết|hướng dẫn thi hành|hướng dẫn)(?:\s+(?:một số điều|một số điều và biện pháp thi hành|Điều \d{1,3}))?(?:\s+(?:của|tại))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OfTheCitedTitle();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:Hiến pháp|Bộ luật|Luật|luật|Pháp lệnh|pháp lệnh|Nghị quyết|nghị quyết|Nghị định|nghị định|Quyết định|quyết định|Thông tư|thông tư|Chỉ thị|chỉ thị|Kế hoạch|kế hoạch|Báo cáo|báo cáo|Công văn|công văn|Văn bản hợp nhất|Tờ trình|tờ trình|Thông báo|thông báo|Đề án|đề án|Chương trình|chương trình|Án lệ|án lệ|HIẾN PHÁP|BỘ LUẬT|LUẬT|PHÁP LỆNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ)(?![\p{L}])|(?<![\p{L}\d/.])\d{1,6}[a-z]?\s?/\s?(?:\d{4}\s?/\s?)?\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentCandidate();
}
