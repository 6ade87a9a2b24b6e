using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>An issued document that seems to act on a recommendation's target, with what it does and its words.</summary>
public sealed record ProposedOutcomeResponse(string DocumentId, string Relation, string Text)
{
    /// <summary>The document as people read it: "Quyết định số 05/2025/QĐ-UBND".</summary>
    public string? DocumentLabel { get; init; }

    /// <summary>What it does, in Vietnamese: "bãi bỏ".</summary>
    public string? RelationName { get; init; }

    public static ProposedOutcomeResponse From(ProposedOutcome p, DocumentLabels labels) => new(p.DocumentId, FindingResponse.Camel(p.Relation), p.Text)
    {
        DocumentLabel = Indexer.Model.DocumentId.TryCreate(p.DocumentId, out var id, out _) ? labels.Of(id) : null,
        RelationName = Enum.TryParse<Indexer.Model.CitationRelation>(p.Relation, ignoreCase: true, out var relation) ? Indexer.Legal.RelationNames.Active(relation) : p.Relation,
    };
}
