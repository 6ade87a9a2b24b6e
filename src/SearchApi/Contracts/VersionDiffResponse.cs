namespace LawMonitor.SearchApi.Contracts;

/// <summary>How version <c>To</c> of a document differs from version <c>From</c>, line by line; unchanged runs far from a change are left out (<c>skipped</c> says how many lines).</summary>
public sealed record VersionDiffResponse(string DocumentId, int From, int To, int Inserted, int Deleted, IReadOnlyList<DiffLineResponse> Lines);
