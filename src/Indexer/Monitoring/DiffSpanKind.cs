namespace LawMonitor.Indexer.Monitoring;

/// <summary>What a span of a word diff is.</summary>
public enum DiffSpanKind
{
    /// <summary>The same words on both sides, as written.</summary>
    Same,

    /// <summary>Words of one side replaced by, removed from or added in the other (either side may be empty).</summary>
    Changed,

    /// <summary>Unchanged words left out between changes ("…").</summary>
    Gap,
}
