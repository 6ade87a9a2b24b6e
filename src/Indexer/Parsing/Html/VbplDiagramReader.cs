using System.Text;
using AngleSharp.Dom;

namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>
/// Reads vbpl.vn's "Lược đồ" layout: <c>.vbLuocdo</c> holding <c>.luocdo</c> blocks, each a title
/// (<c>.title</c>, or <c>.titleht</c> for the current document) and a list of <c>a.jTips</c> entries.
/// </summary>
internal static class VbplDiagramReader
{
    /// <summary>The diagram on <paramref name="page"/>, or null when the page has none (or names no current document).</summary>
    public static PortalDiagram? Read(IDocument page)
    {
        var root = page.QuerySelector(".vbLuocdo");
        if (root is null)
        {
            return null;
        }

        string? subject = null;
        var blocks = new List<(string Heading, List<string> Entries)>();
        foreach (var block in root.QuerySelectorAll(".luocdo"))
        {
            var current = block.QuerySelector(".titleht");
            var title = current ?? block.QuerySelector(".title");
            if (title is null)
            {
                continue;
            }

            var entries = block.QuerySelectorAll(".content a.jTips").Select(a => Clean(a.TextContent)).Where(t => t.Length > 0).ToList();
            if (current is not null)
            {
                subject ??= entries.FirstOrDefault();
                continue;
            }

            // The heading is the link text; the count "(88)" after it is the portal's, and the list is what counts.
            var heading = title.QuerySelectorAll("a").Select(a => Clean(a.TextContent)).LastOrDefault(t => t.Length > 0);
            if (heading is not null && entries.Count > 0)
            {
                blocks.Add((heading, entries));
            }
        }

        if (subject is null)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("Lược đồ văn bản (vbpl.vn)\nVăn bản hiện thời: ").Append(subject).Append('\n');
        var sections = new List<PortalDiagramSection>();
        foreach (var (heading, entries) in blocks)
        {
            text.Append(heading).Append(" (").Append(entries.Count).Append("):\n");
            var placed = new List<PortalDiagramEntry>(entries.Count);
            foreach (var entry in entries)
            {
                placed.Add(new PortalDiagramEntry(entry, text.Length, text.Length + entry.Length));
                text.Append(entry).Append('\n');
            }

            sections.Add(new PortalDiagramSection(heading, placed));
        }

        return new PortalDiagram(subject, sections, text.ToString().TrimEnd('\n'));
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
