using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A node of a document's provision tree: its level, label, stable path, heading and span in the text.</summary>
public sealed record ProvisionNodeResponse(
    string Level,
    string Label,
    string Path,
    string? Heading,
    int Start,
    int End,
    IReadOnlyList<ProvisionNodeResponse> Children)
{
    /// <summary>The provision as an officer writes it: "Khoản 1 Điều 6", "Chương II".</summary>
    public string PathLabel => ProvisionLabel.Of(Path);

    /// <summary>The node as a heading: its label, then its own words without the label repeated ("Điều 8 — Chế độ báo cáo", "Mục I — MỤC ĐÍCH, YÊU CẦU").</summary>
    public string HeadingLabel => ProvisionLabel.Heading(Path, Heading, Level);

    /// <summary>
    /// The node as the document's tree lists it under its parent: "Điều 8", "Khoản 1", "Điểm a" in an article; an
    /// item of a plan's outline as it is numbered there, "1.", "a)".
    /// </summary>
    public string TreeLabel
    {
        get
        {
            var outline = ProvisionPath.TryParse(Path, out var parsed) && parsed.Value.Container is not null;
            return Level switch
            {
                nameof(ProvisionLevel.Clause) => outline ? $"{Label}." : $"Khoản {Label}",
                nameof(ProvisionLevel.Point) => outline ? $"{Label})" : $"Điểm {Label}",
                _ => Label,
            };
        }
    }

    public static ProvisionNodeResponse From(StructureNode node, string text)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(text);
        var heading = node.HeadingEnd > node.HeadingStart ? text[node.HeadingStart..node.HeadingEnd].Trim() : null;
        return new(node.Level.ToString(), node.Label, node.Path.ToString(), heading, node.Start, node.End, node.Children.Select(c => From(c, text)).ToList());
    }
}
