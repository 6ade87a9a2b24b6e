namespace LawMonitor.SearchApi.Contracts;

/// <summary>A line of a version diff: unchanged, inserted or deleted, with its line number in the old and the new text.</summary>
public sealed record DiffLineResponse(string Kind, int? OldLine, int? NewLine, string Text);
