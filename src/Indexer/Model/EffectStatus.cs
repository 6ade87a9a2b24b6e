namespace LawMonitor.Indexer.Model;

/// <summary>Whether a document (or provision) is in force (tình trạng hiệu lực).</summary>
public enum EffectStatus
{
    /// <summary>Not known: never guessed.</summary>
    Unknown = 0,

    /// <summary>Còn hiệu lực.</summary>
    InForce,

    /// <summary>Hết hiệu lực một phần.</summary>
    PartlyExpired,

    /// <summary>Hết hiệu lực toàn bộ.</summary>
    Expired,

    /// <summary>Chưa có hiệu lực.</summary>
    NotYetInForce,

    /// <summary>Ngưng hiệu lực.</summary>
    Suspended,
}
