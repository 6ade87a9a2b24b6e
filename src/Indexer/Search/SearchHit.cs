using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Search;

/// <summary>One hit: a provision (or a whole document) with where it sits and why it matched.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Number">The document's number and symbol.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Type">The document type.</param>
/// <param name="Issuer">The issuing body.</param>
/// <param name="IssueDate">The date of issue.</param>
/// <param name="Status">The document's effect.</param>
/// <param name="Kind">Which part of the document the hit is (Article, Preamble, Whole …).</param>
/// <param name="Path">The unit's provision path: "Điều 5" (the document as a whole for a whole document or its preamble).</param>
/// <param name="MatchPath">The deepest provision holding the best match: "Điều 5.2.a".</param>
/// <param name="Heading">The unit's label and heading: "Điều 5. Phạm vi điều chỉnh".</param>
/// <param name="Snippet">An HTML-escaped extract with the matched words in &lt;mark&gt;.</param>
/// <param name="Score">The ranking score.</param>
/// <param name="Start">Offset of the unit in the document text.</param>
/// <param name="Length">Length of the unit's text.</param>
public sealed record SearchHit(
    DocumentId DocumentId,
    string? Number,
    string? Title,
    string? Type,
    string? Issuer,
    DateOnly? IssueDate,
    EffectStatus Status,
    UnitKind Kind,
    ProvisionPath Path,
    ProvisionPath MatchPath,
    string Heading,
    string Snippet,
    double Score,
    int Start,
    int Length);
