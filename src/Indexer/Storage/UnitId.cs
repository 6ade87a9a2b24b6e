using System.Globalization;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// A unit's id (<c>units.id</c>): its document's row id and its ordinal, <c>docId &lt;&lt; 16 | ord</c>. Search can
/// therefore filter and count by document straight from an FTS rowid (<see cref="Ranking.LengthNorm"/>), without
/// reading the units table. Typed, so that neither a document's row id nor an FTS rowid is taken for one.
/// </summary>
/// <param name="Value">The id as stored.</param>
internal readonly record struct UnitId(long Value)
{
    /// <summary>Bits for the ordinal of a unit in its document.</summary>
    public const int OrdinalBits = 16;

    /// <summary>Most units a document is cut into; the rest of a longer document joins the last unit.</summary>
    public const int MaxUnitsPerDocument = 1 << OrdinalBits;

    /// <summary>The id of unit <paramref name="ordinal"/> of the document whose row id is <paramref name="documentRowId"/>.</summary>
    public static UnitId Of(long documentRowId, int ordinal) => new((documentRowId << OrdinalBits) | (uint)ordinal);

    /// <summary>The row id (<c>documents.id</c>) of the unit's document.</summary>
    public long DocumentRowId => Value >> OrdinalBits;

    /// <summary>The unit's place in its document, from 0.</summary>
    public int Ordinal => (int)(Value & (MaxUnitsPerDocument - 1));

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
