using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// One row of the reference table of central documents' effect, with where it was taken from. What is not
/// known is null (an issue date, the day an effect began, the act that caused it) and the effect may be
/// <see cref="EffectStatus.Unknown"/>: a fact is recorded as unknown rather than guessed.
/// </summary>
public sealed record CentralEffectFact(DocumentNumber Number, string Type, string Title, string Issuer, DateOnly? Issued, EffectStatus Effect, DateOnly? Since, CitationRelation? Relation, DocumentNumber? By, string? ByType, string Source)
{
    /// <summary>The acting document as people read it: "Nghị định số 80/2025/NĐ-CP".</summary>
    public string ByLabel => By is null ? "quy định về hiệu lực" : DocumentName.Of(By, ByType, null);

    /// <summary>The fact as an effect event; null when it names no act (in force, or not known).</summary>
    public EffectEvent? ToEvent() => Relation is { } relation ? new EffectEvent(relation, ByLabel) { Since = Since, Source = Source } : null;
}
