namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>A citation the file makes, as a reader identifies it.</summary>
/// <param name="Text">The citing words as extracted.</param>
/// <param name="Relation">What the sentence does with it.</param>
/// <param name="TargetKey">The cited document's key, null for an internal reference.</param>
/// <param name="TargetPath">The cited provision, when one is cited.</param>
/// <param name="SourcePath">Where it stands ("" for the preamble).</param>
public sealed record GoldenCitation(string Text, string Relation, string? TargetKey, string? TargetPath, string SourcePath);
