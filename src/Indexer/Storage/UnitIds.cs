namespace LawMonitor.Indexer.Storage;

/// <summary>
/// A unit's id is its document's id and its ordinal: <c>docId &lt;&lt; 16 | ord</c>. Search can therefore
/// filter and count by document straight from an FTS rowid, without reading the units table.
/// </summary>
internal static class UnitIds
{
    /// <summary>Bits for the ordinal of a unit in its document.</summary>
    public const int OrdinalBits = 16;

    /// <summary>Most units a document is cut into; the rest of a longer document joins the last unit.</summary>
    public const int MaxUnitsPerDocument = 1 << OrdinalBits;

    /// <summary>The id of unit <paramref name="ordinal"/> of document <paramref name="documentId"/>.</summary>
    public static long Of(long documentId, int ordinal) => (documentId << OrdinalBits) | (uint)ordinal;

    /// <summary>The document of a unit id.</summary>
    public static long DocumentId(long unitId) => unitId >> OrdinalBits;

    /// <summary>The ordinal of a unit id.</summary>
    public static int Ordinal(long unitId) => (int)(unitId & (MaxUnitsPerDocument - 1));
}
