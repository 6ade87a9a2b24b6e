using System.Text.RegularExpressions;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Import;

/// <summary>
/// The provision tree of a JSONL record that is one provision of a law: its <c>article</c> (and <c>clause</c>,
/// <c>point</c>) fields make it "Điều N" (or its clause or point), with the clauses and points its text numbers,
/// so an imported corpus of articles is addressed as "Điều N" like an ingested document.
/// </summary>
internal static partial class JsonlStructure
{
    /// <summary>The structure, null when no article is given, or the field that is not valid.</summary>
    public static (DocumentStructure? Structure, string? Error) Of(string? article, string? clause, string? point, string text)
    {
        if (article is null)
        {
            return clause is null && point is null ? (null, null) : (null, "field \"clause\"/\"point\" needs \"article\"");
        }

        if (!ArticleNumber().IsMatch(article))
        {
            return (null, $"field \"article\": \"{article}\" is not an article number (1, 12, 12a)");
        }

        int? clauseNumber = null;
        if (clause is not null)
        {
            if (!int.TryParse(clause, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) || c < 1)
            {
                return (null, $"field \"clause\": \"{clause}\" is not a clause number");
            }

            clauseNumber = c;
        }

        if (point is not null && (clauseNumber is null || !PointLetter().IsMatch(point)))
        {
            return (null, clauseNumber is null ? "field \"point\" needs \"clause\"" : $"field \"point\": \"{point}\" is not a point letter (a, b, đ)");
        }

        var path = ProvisionPath.ForArticle(article);
        if (clauseNumber is { } number)
        {
            // A record that is one clause or point: the article holds it, spanning the whole text.
            var innermost = point is null
                ? new StructureNode(ProvisionLevel.Clause, number.ToString(System.Globalization.CultureInfo.InvariantCulture), path.WithClause(number), 0, text.Length, 0, 0, [])
                : new StructureNode(ProvisionLevel.Clause, number.ToString(System.Globalization.CultureInfo.InvariantCulture), path.WithClause(number), 0, text.Length, 0, 0,
                    [new StructureNode(ProvisionLevel.Point, point.ToLowerInvariant(), path.WithClause(number).WithPoint(point), 0, text.Length, 0, 0, [])]);
            return (new DocumentStructure([new StructureNode(ProvisionLevel.Article, "Điều " + article, path, 0, text.Length, 0, 0, [innermost])], 0, null), null);
        }

        // The text is the article without its "Điều N." line: parse it with that line in front, then shift
        // every span back, so the article's title is the text's first line and its clauses are found.
        // A text that opens with its first clause ("1. Mọi người …") has no title: the clause starts a line.
        var prefix = ClauseOpening().IsMatch(text) ? $"Điều {article}.\n" : $"Điều {article}. ";
        var parsed = StructureParser.Parse(prefix + text);
        var articles = parsed.AllNodes.Where(n => n.Level == ProvisionLevel.Article).ToList();
        if (articles.Count == 1 && articles[0].Path == path && parsed.ClosingStart is null)
        {
            return (new DocumentStructure([Shift(articles[0], prefix.Length, text.Length)], 0, null), null);
        }

        // The text numbers articles of its own: it is the article as a whole.
        return (new DocumentStructure([new StructureNode(ProvisionLevel.Article, "Điều " + article, path, 0, text.Length, 0, 0, [])], 0, null), null);
    }

    private static StructureNode Shift(StructureNode node, int by, int length) =>
        node with
        {
            Start = Math.Max(0, node.Start - by),
            End = Math.Clamp(node.End - by, 0, length),
            HeadingStart = Math.Max(0, node.HeadingStart - by),
            HeadingEnd = Math.Max(0, node.HeadingEnd - by),
            Children = node.Children.Select(c => Shift(c, by, length)).ToList(),
        };

    [GeneratedRegex(@"^\d{1,4}[a-z]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleNumber();

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.|[a-zđ]\))\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"^[a-zđ]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PointLetter();
}
