using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A citation: the citing words and their span, what they do, where they stand, and what they point to.</summary>
/// <param name="DocumentId">The citing document.</param>
/// <param name="Relation">references, basis, amends, supplements, replaces, repeals, expires, guides, details, suspends.</param>
/// <param name="SourcePath">Where in the citing document it stands ("" for the preamble).</param>
public sealed record CitationResponse(
    string DocumentId,
    string Text,
    int Start,
    int End,
    string Relation,
    string SourcePath,
    bool Internal,
    CitationTargetResponse Target)
{
    public static CitationResponse From(StoredCitation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return From(stored.CitingDocument, stored.Citation, stored.ResolvedTo);
    }

    public static CitationResponse From(DocumentId citing, Citation c, DocumentId? resolvedTo)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            citing.Value,
            c.Text,
            c.Start,
            c.End,
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(c.Relation.ToString()),
            c.SourcePath.ToString(),
            c.Internal,
            new CitationTargetResponse(c.TargetKey, c.TargetNumber?.Display, c.TargetType, c.TargetName, c.TargetIssuer, c.TargetDate, c.TargetPath?.ToString(), c.Internal ? citing.Value : resolvedTo?.Value));
    }
}
