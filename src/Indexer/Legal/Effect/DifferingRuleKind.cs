namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>What two documents that rule the same matter differently are, by who issued them and when.</summary>
public enum DifferingRuleKind
{
    /// <summary>Mâu thuẫn: issuers of one level (or not known), neither prevailing by rule.</summary>
    Contradiction,

    /// <summary>Không phù hợp văn bản cấp trên: the lower document departs from one of a higher body.</summary>
    ConflictWithHigher,

    /// <summary>The same body ruled again later and differently: the later document applies, the earlier rule may be implicitly replaced.</summary>
    LaterRestatement,
}
