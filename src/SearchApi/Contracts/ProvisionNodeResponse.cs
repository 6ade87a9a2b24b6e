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
    public string HeadingLabel => ProvisionLabel.Heading(Path, Heading ?? (LeadIsHeading ? Lead : null), Level);

    /// <summary>Whether <see cref="Lead"/> is a line of its own above the item's text ("1. Mục đích"), so a heading.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool LeadIsHeading { get; init; }

    /// <summary>
    /// An item of a plan's outline, which has no heading of its own, by its first words as written ("Mục đích",
    /// "Sở Tư pháp chủ trì, hướng dẫn, đôn đốc, kiểm tra …"); null for every other node.
    /// </summary>
    public string? Lead { get; init; }

    /// <summary>
    /// The node as the document's tree lists it under its parent: "Điều 8", "Khoản 1", "Điểm a" in an article; an
    /// item of a plan's outline as it is numbered there, with its first words: "1. Mục đích", "a) Kiểm tra …".
    /// </summary>
    public string TreeLabel
    {
        get
        {
            var lead = Lead is null ? "" : " " + Lead;
            return Level switch
            {
                nameof(ProvisionLevel.Clause) => IsOutlineItem(Path) ? $"{Label}.{lead}" : $"Khoản {Label}",
                nameof(ProvisionLevel.Point) => IsOutlineItem(Path) ? $"{Label}){lead}" : $"Điểm {Label}",
                _ => Label,
            };
        }
    }

    /// <summary>The most characters of an item's first sentence the tree shows.</summary>
    private const int LeadChars = 60;

    public static ProvisionNodeResponse From(StructureNode node, string text)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(text);
        var heading = node.HeadingEnd > node.HeadingStart ? text[node.HeadingStart..node.HeadingEnd].Trim() : null;
        var path = node.Path.ToString();
        var (lead, isHeading) = node.Level is ProvisionLevel.Clause or ProvisionLevel.Point && IsOutlineItem(path) ? LeadOf(text, node) : (null, false);
        return new(node.Level.ToString(), node.Label, path, heading, node.Start, node.End, node.Children.Select(c => From(c, text)).ToList())
        {
            Lead = lead,
            LeadIsHeading = isHeading,
        };
    }

    private static bool IsOutlineItem(string path) => ProvisionPath.TryParse(path, out var parsed) && parsed.Value.Container is not null;

    /// <summary>
    /// The item's first sentence without its number ("1.", "a)"), whole when it is short, else cut where a comma
    /// ends a phrase (Vietnamese words are joined in pairs, so a cut by word count splits "đôn | đốc"); and whether
    /// it is a short line of its own with the item's text below it, as "1. Mục đích" is: a heading.
    /// </summary>
    private static (string? Lead, bool IsHeading) LeadOf(string text, StructureNode node)
    {
        if (node.Start < 0 || node.End > text.Length || node.End <= node.Start)
        {
            return (null, false);
        }

        var span = text.AsSpan(node.Start, node.End - node.Start).TrimStart();
        var newline = span.IndexOf('\n');
        var line = (newline < 0 ? span : span[..newline]).Trim().ToString();
        var number = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? line[..space] : line;
        if (number.Length > node.Label.Length && number.StartsWith(node.Label, StringComparison.OrdinalIgnoreCase) && number[node.Label.Length..] is "." or ")")
        {
            line = line[number.Length..].TrimStart();
        }

        var sentence = line.IndexOfAny(['.', ';', ':']) is var stop and > 0 ? line[..stop] : line;
        if (sentence.Length == 0)
        {
            return (null, false);
        }

        if (sentence.Length <= LeadChars)
        {
            var rest = line[sentence.Length..]; // "", the stop that ends the line, or more of it
            var textBelow = newline >= 0 && !span[newline..].IsWhiteSpace();
            return (rest.Length <= 1 ? sentence : sentence + " …", rest is "" or ":" && textBelow);
        }

        var comma = sentence.LastIndexOf(',', LeadChars);
        var cut = comma >= LeadChars / 3 ? comma : sentence.LastIndexOf(' ', LeadChars);
        return ((cut > 0 ? sentence[..cut] : sentence[..LeadChars]).TrimEnd() + " …", false);
    }
}
