namespace LawMonitor.Indexer.Monitoring;

/// <summary>Why a change to a register was refused: a stable code ("invalid-transition", "required", "conflict", "not-found") and a message.</summary>
public sealed record LifecycleError(string Code, string Message, string? Field = null);
