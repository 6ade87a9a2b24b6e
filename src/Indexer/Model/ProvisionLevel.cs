namespace LawMonitor.Indexer.Model;

/// <summary>Levels of the provision tree, outermost first.</summary>
public enum ProvisionLevel
{
    /// <summary>Phần.</summary>
    Part,

    /// <summary>Chương.</summary>
    Chapter,

    /// <summary>Mục.</summary>
    Section,

    /// <summary>Tiểu mục.</summary>
    Subsection,

    /// <summary>Điều.</summary>
    Article,

    /// <summary>Khoản.</summary>
    Clause,

    /// <summary>Điểm.</summary>
    Point,
}
