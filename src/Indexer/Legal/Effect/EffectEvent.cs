using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// Something that touched a document's effect: a later document that repeals, replaces, declares expired,
/// suspends, amends or supplements it (or some of its provisions), or a fact of the reference table of
/// central documents. <see cref="Reported"/> marks a statement by a document that had no power to end the
/// target ("… do Nghị định số 59/2012/NĐ-CP … đã hết hiệu lực" in a provincial decision): it records the fact
/// and is quoted as such, never as the act that ended it.
/// </summary>
/// <param name="Relation">What was done.</param>
/// <param name="ByLabel">Who did it, as people read it: "Nghị định số 80/2025/NĐ-CP".</param>
public sealed record EffectEvent(CitationRelation Relation, string ByLabel)
{
    /// <summary>The ingested document that did it, when it is held.</summary>
    public DocumentId? By { get; init; }

    /// <summary>The provision of the target it touched; null for the whole document.</summary>
    public ProvisionPath? Path { get; init; }

    /// <summary>From when: the reference fact's date, else the acting document's effective or issue date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The acting document's words, as written.</summary>
    public string? Quote { get; init; }

    /// <summary>The provision of the acting document that says it.</summary>
    public ProvisionPath? At { get; init; }

    /// <summary>A statement of the fact by a document without power to end the target.</summary>
    public bool Reported { get; init; }

    /// <summary>For a fact of the reference table, where it was taken from.</summary>
    public string? Source { get; init; }

    /// <summary>Whether it ends (or suspends) what it touches, rather than amending it.</summary>
    public bool Ends => Relation is CitationRelation.Repeals or CitationRelation.Replaces or CitationRelation.Expires;
}
