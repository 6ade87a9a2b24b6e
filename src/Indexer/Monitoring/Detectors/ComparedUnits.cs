using System.Text.RegularExpressions;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// The finest units of a document that carry a rule, as the overlap and contradiction detectors compare
/// them: the points and clauses of articles, the numbered items of plans', programmes' and reports' outline
/// sections (I./1./a)), and articles without clauses; each with its label ("1.", "a)", the article's
/// heading line) left out, from <see cref="OverlapSettings.MinWords"/> words up. Units under a formula
/// heading (effect, implementation, definitions) and units stating a formula ("có hiệu lực kể từ ngày …")
/// are not compared.
/// </summary>
internal static partial class ComparedUnits
{
    /// <summary>The units of <paramref name="text"/>, whose provision tree is <paramref name="structure"/>: path, the provision's span, and the offset and text of its own words.</summary>
    public static IEnumerable<(string Path, int SpanStart, int SpanEnd, int Start, string Text)> Of(string text, DocumentStructure structure, OverlapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(structure);
        foreach (var root in structure.Nodes)
        {
            foreach (var unit in Walk(text, root, null, settings))
            {
                yield return unit;
            }
        }
    }

    private static IEnumerable<(string Path, int SpanStart, int SpanEnd, int Start, string Text)> Walk(string text, StructureNode node, string? articleHeading, OverlapSettings settings)
    {
        if (node.Level == ProvisionLevel.Article)
        {
            articleHeading = text[node.HeadingStart..node.HeadingEnd];
            var heading = VietnameseAnalyzer.FoldWords(FormulaHeadingLabel().Replace(articleHeading, ""));
            if (settings.FormulaHeadings.Any(h => heading.StartsWith(VietnameseAnalyzer.FoldWords(h), StringComparison.Ordinal)))
            {
                yield break;
            }
        }

        if (node.Children.Count > 0)
        {
            foreach (var child in node.Children)
            {
                foreach (var unit in Walk(text, child, articleHeading, settings))
                {
                    yield return unit;
                }
            }

            yield break;
        }

        if (node.Level is not (ProvisionLevel.Article or ProvisionLevel.Clause or ProvisionLevel.Point))
        {
            yield break;
        }

        var start = node.Start;
        var label = node.Level == ProvisionLevel.Article ? HeadingLine().Match(text, start, node.End - start) : Label().Match(text, start, node.End - start);
        if (label.Success)
        {
            start = label.Index + label.Length;
        }

        var body = text[start..node.End].TrimEnd();
        var folded = VietnameseAnalyzer.FoldWords(body);
        if (body.Length == 0 || settings.FormulaPhrases.Any(p => folded.Contains(VietnameseAnalyzer.FoldWords(p), StringComparison.Ordinal))
            || VietnameseAnalyzer.Tokenize(body).Count(t => !t.IsKey) < settings.MinWords)
        {
            yield break;
        }

        yield return (node.Path.ToString(), node.Start, node.End, start, body);
    }

    /// <summary>"Điều 5." before an article's heading.</summary>
    [GeneratedRegex(@"^\s*Điều\s+\S+?[.:]?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FormulaHeadingLabel();

    /// <summary>An article's first line ("Điều 5. Chế độ báo cáo").</summary>
    [GeneratedRegex(@"\G\s*Điều\s+[^\n]*\n", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingLine();

    /// <summary>A clause's, item's or point's label: "1.", "2)", "a)", "đ.", "III.".</summary>
    [GeneratedRegex(@"\G\s*(?:\d{1,3}[.)]|[a-zđ][.)]|[IVXLC]{1,6}\.)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
