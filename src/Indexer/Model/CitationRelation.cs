namespace LawMonitor.Indexer.Model;

/// <summary>What a citing text does to, or with, what it cites.</summary>
public enum CitationRelation
{
    /// <summary>Mentions it (dẫn chiếu).</summary>
    References,

    /// <summary>Its legal basis ("Căn cứ …").</summary>
    Basis,

    /// <summary>Amends it (sửa đổi; sửa đổi, bổ sung).</summary>
    Amends,

    /// <summary>Supplements it (bổ sung).</summary>
    Supplements,

    /// <summary>Replaces it (thay thế).</summary>
    Replaces,

    /// <summary>Repeals it (bãi bỏ).</summary>
    Repeals,

    /// <summary>Says it has ceased to have effect (hết hiệu lực).</summary>
    Expires,

    /// <summary>Guides its implementation (hướng dẫn).</summary>
    Guides,

    /// <summary>Details it (quy định chi tiết).</summary>
    Details,

    /// <summary>Suspends it (đình chỉ).</summary>
    Suspends,
}
