using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// A span of a document's text that is indexed and returned as one hit. The segments of a document cover its
/// text end to end, in order, so the text is their concatenation.
/// </summary>
/// <param name="Kind">What part of the document it is.</param>
/// <param name="Path">Its provision path ("Điều 5", "Chương II"; empty for preamble, closing, whole).</param>
/// <param name="Label">The label shown for it: "Điều 5", "Chương II", or null.</param>
/// <param name="Start">Offset in the document text.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="HeadingStart">Offset of its heading in the document text.</param>
/// <param name="HeadingEnd">Offset just past the heading (equal to the start when there is none).</param>
public sealed record Segment(UnitKind Kind, ProvisionPath Path, string? Label, int Start, int End, int HeadingStart, int HeadingEnd)
{
    /// <summary>Where the body starts: after the heading (or after the label when there is no heading).</summary>
    public int BodyStart => HeadingEnd > HeadingStart || Label is not null ? HeadingEnd : Start;

    /// <summary>Its heading line as indexed and stored: its label and heading ("Điều 5. Phạm vi điều chỉnh", "Phụ lục I. NHIỆM VỤ …").</summary>
    public string HeadingLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var heading = HeadingEnd > HeadingStart ? text[HeadingStart..HeadingEnd].Trim() : string.Empty;
        return Label is null ? heading : heading.Length == 0 ? Label : $"{Label}. {heading}";
    }
}
