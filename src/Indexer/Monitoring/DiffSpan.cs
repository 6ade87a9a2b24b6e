namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// A span of a word diff between two provisions, in the words as written on each side: <c>Left</c> in the first
/// provision, <c>Right</c> in the second (equal for <see cref="DiffSpanKind.Same"/>, empty where a side has none).
/// </summary>
public sealed record DiffSpan(DiffSpanKind Kind, string Left, string Right);
