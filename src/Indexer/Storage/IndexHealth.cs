namespace LawMonitor.Indexer.Storage;

/// <summary>The result of <see cref="IndexVerifier.Verify"/>.</summary>
/// <param name="Ok">Whether every check passed.</param>
/// <param name="Problems">What failed, one line each.</param>
/// <param name="Documents">Documents in the index.</param>
/// <param name="Units">Units (provisions) in the index.</param>
public sealed record IndexHealth(bool Ok, IReadOnlyList<string> Problems, long Documents, long Units);
