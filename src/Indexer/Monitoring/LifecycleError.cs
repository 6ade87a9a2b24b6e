namespace LawMonitor.Indexer.Monitoring;

/// <summary>Why a change to a register was refused: a stable code (<see cref="LifecycleErrorCodes"/>), a message, and the field it concerns.</summary>
public sealed record LifecycleError(string Code, string Message, string? Field = null);
