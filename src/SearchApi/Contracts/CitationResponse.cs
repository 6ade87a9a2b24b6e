using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
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
    /// <summary>What the citing words do, in Vietnamese ("bãi bỏ", "lấy làm căn cứ").</summary>
    public string? RelationName { get; init; }

    /// <summary>Where it stands in the citing document, as written: "Khoản 1 Điều 6", "Phần mở đầu", "Phần cuối" ("Nơi nhận: - Như Điều 3").</summary>
    public string? SourcePathLabel { get; init; }

    /// <summary>The citing document as people read it: "Quyết định số 05/2025/QĐ-UBND".</summary>
    public string? DocumentLabel { get; init; }

    /// <summary>The cited document (and provision) as people read it: "Nghị định số 59/2012/NĐ-CP", "khoản 2 Điều 5 (văn bản này)",
    /// "Điều 5 (không ghi rõ văn bản)" when the words do not say whose.</summary>
    public string? TargetLabel { get; init; }

    /// <summary>The same citation with the names people read, citing and cited documents named by <paramref name="labels"/>.</summary>
    /// <param name="structure">The citing document's structure, when known: a citation outside every provision stands in its
    /// preamble, its closing (also the signature before a text it issues) or that text's title block.</param>
    public static CitationResponse Labelled(DocumentId citing, Citation c, DocumentId? resolvedTo, DocumentLabels labels, DocumentStructure? structure = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(labels);
        var target = c.Internal
            ? $"{(c.TargetPath is { } own ? ProvisionLabel.Of(own) : "Văn bản này")} (văn bản này)"
            : resolvedTo is null && c.TargetKey is null && c.TargetPath is { } unnamed
                ? $"{ProvisionLabel.Of(unnamed)} (không ghi rõ văn bản)"
            : DocumentName.WithProvision(
                resolvedTo is { } held ? labels.Of(held) : c.TargetNumber is { } n ? DocumentName.Of(n, c.TargetType, c.TargetName) : c.TargetName ?? c.Text,
                c.TargetPath?.ToString());
        return From(citing, c, resolvedTo) with
        {
            RelationName = RelationNames.Active(c.Relation),
            SourcePathLabel = c.SourcePath.IsDocument
                ? ProvisionLabel.Part(structure, c.Start)
                : ProvisionLabel.Of(c.SourcePath),
            DocumentLabel = labels.Of(citing),
            TargetLabel = target,
        };
    }

    public static CitationResponse Labelled(StoredCitation stored, DocumentLabels labels, DocumentStructure? structure = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Labelled(stored.CitingDocument, stored.Citation, stored.ResolvedTo, labels, structure);
    }

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
