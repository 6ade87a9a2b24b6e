using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>A citation of the subject by another held document, with what is known of that document.</summary>
/// <param name="Relation">What the citing words do with the subject.</param>
/// <param name="CitingDocument">The citing document.</param>
/// <param name="CitingLabel">Its name as people read it.</param>
public sealed record EffectAct(CitationRelation Relation, DocumentId CitingDocument, string CitingLabel)
{
    public ProvisionPath? TargetPath { get; init; }

    public string? Quote { get; init; }

    public ProvisionPath CitingPath { get; init; }

    public DocumentNumber? CitingNumber { get; init; }

    public string? CitingType { get; init; }

    public string? CitingIssuer { get; init; }

    public DateOnly? CitingIssued { get; init; }

    public DateOnly? CitingEffective { get; init; }
}
