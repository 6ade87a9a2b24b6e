namespace LawMonitor.Indexer.Monitoring;

/// <summary>What the competent body is asked to do.</summary>
public enum RecommendedAction
{
    /// <summary>Ban hành mới.</summary>
    Issue,

    /// <summary>Sửa đổi.</summary>
    Amend,

    /// <summary>Bổ sung.</summary>
    Supplement,

    /// <summary>Thay thế.</summary>
    Replace,

    /// <summary>Bãi bỏ.</summary>
    Repeal,

    /// <summary>Đình chỉ thi hành.</summary>
    Suspend,

    /// <summary>Biện pháp tổ chức thi hành (an organisational measure).</summary>
    Organisational,
}
