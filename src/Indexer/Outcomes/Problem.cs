namespace LawMonitor.Indexer.Outcomes;

/// <summary>Why something expected did not happen: a stable code, a message a person can act on, and the field at fault when one is.</summary>
/// <param name="Code">A stable, machine-readable code ("invalid-json", "not-found").</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Field">The input field, parameter or setting at fault, when one is.</param>
public sealed record Problem(string Code, string Message, string? Field = null);
