namespace LawMonitor.Indexer.Monitoring;

/// <summary>One change to a register record, kept for ever: who, when, what changed (field → old, new), why.</summary>
public sealed record HistoryEntry(string Entity, long EntityId, int Version, DateTimeOffset At, string Actor, string Action, IReadOnlyDictionary<string, FieldChange> Changes, string? Reason);
