namespace LawMonitor.Indexer.Monitoring;

/// <summary>A field's value before and after a change (JSON text; null when absent).</summary>
public sealed record FieldChange(string? Old, string? New);
