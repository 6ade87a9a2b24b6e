using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// Turns extracted text into a structured legal document: the metadata it states, its provision tree (read
/// again by the index when it segments) and its citations.
/// </summary>
public static class DocumentAssembler
{
    /// <summary>
    /// The version of extraction and parsing. Raise it when a change would read stored files differently:
    /// <c>./lawmonitor reparse</c> re-reads every version parsed by an older one.
    /// </summary>
    public const int ParserVersion = 15;

    /// <summary>The document <paramref name="id"/> made of <paramref name="extracted"/>, with the metadata and structure as read.</summary>
    public static AssembledDocument Assemble(DocumentId id, ExtractedDocument extracted, string? source)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        if (extracted.Diagram is { } diagram)
        {
            return DiagramAssembler.Assemble(id, diagram, source);
        }

        if (extracted.Fields is { } fields)
        {
            return RecordAssembler.Assemble(id, extracted.Text, fields, source);
        }

        var text = extracted.Text;
        var metadata = MetadataExtractor.Extract(text);
        // A page's <title> names the document on news and article pages; a two-word one names the site's section.
        if (metadata.Title is null && extracted.TitleHint is { } hint && hint.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
        {
            metadata = metadata with { Title = hint };
        }

        var structure = StructureParser.Parse(text);
        var selfKeys = CitationKeys.Of(metadata.Number, metadata.Type, metadata.Title).ToList();
        var document = new LegalDocument(id, text)
        {
            Number = metadata.Number,
            Type = metadata.Type,
            Title = metadata.Title,
            Issuer = metadata.Issuer,
            IssueDate = metadata.IssueDate,
            Place = metadata.Place,
            EffectiveDate = metadata.EffectiveDate,
            Signer = metadata.Signer,
            SignerTitle = metadata.SignerTitle,
            Status = metadata.Status,
            Source = source,
            Citations = CitationExtractor.Extract(text, structure, selfKeys),
        };
        return new AssembledDocument(document, metadata, structure);
    }

    /// <summary>The facts kept with a version.</summary>
    public static ExtractionFacts Facts(ExtractedDocument extracted, long size)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        return new ExtractionFacts(extracted.Format.ToString(), size)
        {
            Pages = extracted.Pages,
            OcrPages = extracted.OcrPages,
            OcrConfidence = extracted.OcrConfidence,
            LegacyEncoding = extracted.LegacyEncoding,
            Warnings = extracted.Warnings,
        };
    }
}
