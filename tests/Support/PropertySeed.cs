namespace LawMonitor.Indexer.Tests.Support;

/// <summary>
/// The seed every property test starts from, so that a run in CI is the same run everywhere; a failure prints
/// the seed of the failing case, and <c>CsCheck_Seed=…</c> in the environment replays it (or explores from
/// another seed).
/// </summary>
public static class PropertySeed
{
    public const string Default = "6EvKhdkQUrq1";

    public static string Value => Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } seed ? seed : Default;
}
