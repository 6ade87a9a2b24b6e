using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>A document whose effect is decided: held (with its stated status) or only known from references to it.</summary>
public sealed record EffectSubject(DocumentNumber? Number, string? Type, string? Issuer, EffectStatus Stated);
