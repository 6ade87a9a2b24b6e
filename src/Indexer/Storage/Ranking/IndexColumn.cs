namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>Columns of the FTS5 table, in declaration order.</summary>
internal enum IndexColumn
{
    /// <summary>Keys of the unit's own document number.</summary>
    Number = 0,

    /// <summary>The document title.</summary>
    Title = 1,

    /// <summary>The unit's label and heading: "Điều 5 Phạm vi điều chỉnh".</summary>
    Heading = 2,

    /// <summary>The unit's text.</summary>
    Body = 3,

    /// <summary>Keys of the document numbers and dates the unit's text mentions.</summary>
    Refs = 4,
}
