namespace LawMonitor.Indexer.Monitoring;

/// <summary>What a finding rests on: a document, inspection or survey notes, a petition, a press report.</summary>
/// <param name="Kind">"document", "inspection", "survey", "petition", "press".</param>
/// <param name="Reference">A document id, a dispatch number, a URL.</param>
/// <param name="Note">What it shows.</param>
public sealed record Evidence(string Kind, string Reference, string? Note = null)
{
    /// <summary>For a "diff": the changed spans with both sides' words as written, for the UI and the exports.</summary>
    public IReadOnlyList<DiffSpan>? Diff { get; init; }
}
