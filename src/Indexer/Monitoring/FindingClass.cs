namespace LawMonitor.Indexer.Monitoring;

/// <summary>What is wrong with a provision: the statutory criteria (Decree 59/2012 Art. 8–10, Circular 14/2014), as DOMAIN.md assembles them.</summary>
public enum FindingClass
{
    /// <summary>Nợ đọng văn bản quy định chi tiết: a detailing document that was never issued.</summary>
    OverdueDetailing,

    /// <summary>Mâu thuẫn: two provisions set different values or duties for the same case.</summary>
    Contradiction,

    /// <summary>Chồng chéo: near-identical provisions in several documents, or two bodies given one duty.</summary>
    Overlap,

    /// <summary>Trái / không phù hợp văn bản cấp trên.</summary>
    ConflictWithHigher,

    /// <summary>Không khả thi, không còn phù hợp với thực tiễn.</summary>
    Infeasible,

    /// <summary>Căn cứ hết hiệu lực: cites a document that expired, was replaced or repealed.</summary>
    LapsedBasis,

    /// <summary>Thiếu điều kiện bảo đảm thi hành (staff, budget, training).</summary>
    MissingConditions,

    /// <summary>Không tuân thủ: agencies late or wrong in applying the law.</summary>
    NonCompliance,
}
