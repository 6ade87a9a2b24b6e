using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>A document whose effect is decided: held (with its stated status) or only known from references to it.</summary>
public sealed record EffectSubject(DocumentNumber? Number, string? Type, string? Issuer, EffectStatus Stated)
{
    /// <summary>The day the document's own text (or its portal) says it takes effect ("có hiệu lực kể từ ngày …"); null when it says none or it is not held.</summary>
    public DateOnly? Effective { get; init; }
}
