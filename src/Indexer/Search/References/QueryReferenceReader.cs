using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Search.References;

/// <summary>
/// Reads the references in a query against what the index holds: a document by number ("19/2020/NĐ-CP"), by
/// name ("Luật Tố tụng hành chính", "Hiến pháp"), by abbreviation ("BLHS", "Luật TTHC") or short form
/// ("Nghị định 19"), with or without diacritics, and the provision named before it ("Điều 143", "khoản 2
/// Điều 5", "điểm a khoản 1 Điều 3", optionally with "của"/"tại") or just after it ("Luật Đất đai, Điều 5").
/// </summary>
internal static partial class QueryReferenceReader
{
    private static readonly HashSet<string> Connectors = new(["cua", "tai", "thuoc", "trong", "theo"], StringComparer.Ordinal);

    private static readonly string[][] TypeWords = [.. DocumentTypes.Names.Select(n => DocumentTypes.Key(n).Split(' ')).OrderByDescending(w => w.Length)];

    /// <summary>The references of <paramref name="query"/>, in the order they were typed.</summary>
    public static IReadOnlyList<QueryReference> Read(string query, NamedDocumentDirectory.Entries directory)
    {
        var tokens = VietnameseAnalyzer.Tokenize(query);
        var words = tokens.Where(t => !t.IsKey).ToList();
        if (words.Count == 0 || (directory.Names.Count == 0 && directory.Numbers.Count == 0))
        {
            return [];
        }

        var folded = words.Select(w => w.Folded.TrimStart('0') is { Length: > 0 } f && char.IsAsciiDigit(w.Folded[0]) ? f : w.Folded).ToArray();
        var byPosition = new Dictionary<int, int>();
        for (var i = 0; i < words.Count; i++)
        {
            byPosition[words[i].Position] = i;
        }

        var taken = new bool[words.Count];
        var found = new List<(int First, int Last, NamedDocument Document)>();

        // Numbers first: "19/2020/NĐ-CP" is more precise than "Nghị định 19" read from its first words.
        foreach (var key in tokens.Where(t => t.Kind == TokenKind.LegalNumber))
        {
            if (!directory.Numbers.TryGetValue(key.Folded, out var document) || !byPosition.TryGetValue(key.Position, out var first))
            {
                continue;
            }

            var last = first;
            while (last + 1 < words.Count && words[last + 1].Start < key.End)
            {
                last++;
            }

            first = TypeBefore(folded, first);
            if (Enumerable.Range(first, last - first + 1).Any(i => taken[i]))
            {
                continue;
            }

            MarkTaken(taken, first, last);
            found.Add((first, last, document));
        }

        for (var i = 0; i < words.Count; i++)
        {
            for (var length = Math.Min(NamedDocumentDirectory.MaxNameWords, words.Count - i); length >= 1; length--)
            {
                if (Enumerable.Range(i, length).Any(k => taken[k]) || !directory.Names.TryGetValue(string.Join(' ', folded, i, length), out var document))
                {
                    continue;
                }

                var last = i + length - 1;
                if (last + 2 < words.Count && folded[last + 1] == "nam" && IsYear(folded[last + 2]))
                {
                    last += 2; // "Bộ luật Dân sự năm 2015"
                }
                else if (last + 1 < words.Count && IsYear(folded[last + 1]))
                {
                    last++;
                }

                MarkTaken(taken, i, last);
                found.Add((i, last, document));
                i = last;
                break;
            }
        }

        var references = new List<QueryReference>(found.Count);
        foreach (var (first, last, document) in found.OrderBy(f => f.First))
        {
            var (start, end, path) = ProvisionBefore(words, folded, first, taken) is { } before
                ? (before.First, last, before.Path)
                : ProvisionAfter(words, folded, last, taken) is { } after
                    ? (first, after.Last, after.Path)
                    : (first, last, (ProvisionPath?)null);
            var from = words[start].Start;
            var to = words[end].End;
            (int, int)? provision = path is null ? null
                : start < first ? (words[start].Start, words[first - 1].End)
                : (words[last + 1].Start, words[end].End);
            references.Add(new QueryReference(query[from..to], from, to, document.Display, path) { DocumentIds = document.DocumentIds, ProvisionSpan = provision });
        }

        return references;
    }

    /// <summary>Where a number's reference starts: at "Nghị định (số)" when the type is written before it.</summary>
    private static int TypeBefore(string[] folded, int first)
    {
        var at = first;
        if (at > 0 && folded[at - 1] == "so")
        {
            at--;
        }

        foreach (var type in TypeWords)
        {
            if (at >= type.Length && type.Select((w, k) => folded[at - type.Length + k] == w).All(x => x))
            {
                return at - type.Length;
            }
        }

        return at == first - 1 ? first : at;
    }

    /// <summary>"[điểm x] [khoản N] Điều M [của]" ending just before <paramref name="first"/>.</summary>
    private static (int First, ProvisionPath Path)? ProvisionBefore(List<Token> words, string[] folded, int first, bool[] taken)
    {
        var j = first - 1;
        var issuedWith = j >= 1 && folded[j] == "theo" && folded[j - 1] == "kem";
        if (!issuedWith && j >= 0 && Connectors.Contains(folded[j]))
        {
            j--;
        }

        // "Điều 6 Quy chế [ban hành] kèm theo Quyết định …", "Điều 6 của Quy chế Quyết định …": the quy chế's article.
        string? instrument = null;
        var k = issuedWith ? j - 2 : j;
        if (k < j && k >= 1 && folded[k] == "hanh" && folded[k - 1] == "ban")
        {
            k -= 2;
        }

        if (k >= 1 && !taken[k] && ProvisionPath.InstrumentName(words[k - 1].Text + " " + words[k].Text) is { } name)
        {
            instrument = name;
            j = k - 2;
            if (j >= 0 && Connectors.Contains(folded[j]))
            {
                j--;
            }
        }

        if (j < 1 || taken[j] || folded[j - 1] != "dieu" || !ArticleNumber().IsMatch(words[j].Folded))
        {
            return null;
        }

        var path = ProvisionPath.ForArticle(words[j].Folded.TrimStart('0')).InInstrument(instrument);
        var start = j - 1;
        if (start >= 2 && folded[start - 2] == "khoan" && int.TryParse(words[start - 1].Folded, out var clause) && clause > 0)
        {
            path = path.WithClause(clause);
            start -= 2;
            if (start >= 2 && folded[start - 2] == "diem" && PointLetter().IsMatch(words[start - 1].Text))
            {
                path = path.WithPoint(words[start - 1].Text);
                start -= 2;
            }
        }

        return (start, path);
    }

    /// <summary>"Điều M [khoản N [điểm x]]" just after <paramref name="last"/>.</summary>
    private static (int Last, ProvisionPath Path)? ProvisionAfter(List<Token> words, string[] folded, int last, bool[] taken)
    {
        var j = last + 1;
        if (j + 1 >= words.Count || taken[j + 1] || folded[j] != "dieu" || !ArticleNumber().IsMatch(words[j + 1].Folded))
        {
            return null;
        }

        var path = ProvisionPath.ForArticle(words[j + 1].Folded.TrimStart('0'));
        var end = j + 1;
        if (end + 2 < words.Count && folded[end + 1] == "khoan" && int.TryParse(words[end + 2].Folded, out var clause) && clause > 0)
        {
            path = path.WithClause(clause);
            end += 2;
            if (end + 2 < words.Count && folded[end + 1] == "diem" && PointLetter().IsMatch(words[end + 2].Text))
            {
                path = path.WithPoint(words[end + 2].Text);
                end += 2;
            }
        }

        return (end, path);
    }

    private static void MarkTaken(bool[] taken, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            taken[k] = true;
        }
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit) && word[0] is '1' or '2';

    [GeneratedRegex(@"^0*[1-9]\d{0,3}[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumber();

    [GeneratedRegex(@"^[a-zđ]$", RegexOptions.CultureInvariant)]
    private static partial Regex PointLetter();
}
