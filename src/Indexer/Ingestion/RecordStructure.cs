using System.Text.RegularExpressions;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// The provision tree of a record that is one provision of a law: its <c>article</c> (and <c>clause</c>,
/// <c>point</c>) fields make it "Điều N" (or its clause or point), with the clauses and points its text numbers,
/// so an imported corpus of articles is addressed as "Điều N" like an ingested document. The fields were
/// checked when the record was read (<see cref="Parsing.Json.JsonRecordReader"/>).
/// </summary>
internal static partial class RecordStructure
{
    /// <summary>The structure the fields give; the text's own when they name no article.</summary>
    public static DocumentStructure Of(string? article, string? clause, string? point, string text)
    {
        if (article is null)
        {
            return StructureParser.Parse(text);
        }

        int? clauseNumber = clause is null ? null : int.Parse(clause, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);

        var path = ProvisionPath.ForArticle(article);
        if (clauseNumber is { } number)
        {
            // A record that is one clause or point: the article holds it, spanning the whole text.
            var innermost = point is null
                ? new StructureNode(ProvisionLevel.Clause, number.ToString(System.Globalization.CultureInfo.InvariantCulture), path.WithClause(number), 0, text.Length, 0, 0, [])
                : new StructureNode(ProvisionLevel.Clause, number.ToString(System.Globalization.CultureInfo.InvariantCulture), path.WithClause(number), 0, text.Length, 0, 0,
                    [new StructureNode(ProvisionLevel.Point, point.ToLowerInvariant(), path.WithClause(number).WithPoint(point), 0, text.Length, 0, 0, [])]);
            return new DocumentStructure([new StructureNode(ProvisionLevel.Article, "Điều " + article, path, 0, text.Length, 0, 0, [innermost])], 0, null);
        }

        // The text is the article without its "Điều N." line: parse it with that line in front, then shift
        // every span back, so the article's title is the text's first line and its clauses are found.
        // A text that opens with its first clause ("1. Mọi người …") has no title: the clause starts a line.
        var prefix = ClauseOpening().IsMatch(text) ? $"Điều {article}.\n" : $"Điều {article}. ";
        var parsed = StructureParser.Parse(prefix + text);
        var articles = parsed.AllNodes.Where(n => n.Level == ProvisionLevel.Article).ToList();
        if (articles.Count == 1 && articles[0].Path == path && parsed.ClosingStart is null)
        {
            return new DocumentStructure([Shift(articles[0], prefix.Length, text.Length)], 0, null);
        }

        // The text numbers articles of its own: it is the article as a whole.
        return new DocumentStructure([new StructureNode(ProvisionLevel.Article, "Điều " + article, path, 0, text.Length, 0, 0, [])], 0, null);
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

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.|[a-zđ]\))\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOpening();
}
