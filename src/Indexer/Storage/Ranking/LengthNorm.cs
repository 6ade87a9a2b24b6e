namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// A unit's length in words, quantised to 6 bits and carried in the low bits of its FTS rowid, so that
/// ranking never reads the length table (the way Lucene keeps norms in a byte). Lengths are represented
/// to within ~12%, which is all BM25's length normalisation needs.
/// </summary>
internal static class LengthNorm
{
    /// <summary>Bits of the rowid that hold the length code.</summary>
    public const int Bits = 6;

    private const long Mask = (1L << Bits) - 1;
    private const double Base = 1.25;

    /// <summary>The code of a length: 0 for 0–1 words, then logarithmic.</summary>
    public static int Encode(int length) =>
        length <= 1 ? 0 : (int)Math.Min(Mask, Math.Round(Math.Log(length) / Math.Log(Base)));

    private static readonly double[] Lengths = Enumerable.Range(0, 1 << Bits).Select(c => c == 0 ? 1 : Math.Pow(Base, c)).ToArray();

    /// <summary>The representative length of a code.</summary>
    public static double Decode(int code) => Lengths[code & (int)Mask];

    /// <summary>The FTS rowid of a unit.</summary>
    public static long RowId(UnitId unit, int length) => (unit.Value << Bits) | (long)Encode(length);

    /// <summary>The unit of an FTS rowid.</summary>
    public static UnitId UnitOf(long rowId) => new(rowId >> Bits);

    /// <summary>The document's row id in an FTS rowid (see <see cref="Storage.UnitId"/>).</summary>
    public static long DocumentId(long rowId) => UnitOf(rowId).DocumentRowId;

    /// <summary>SQL for the document id of <c>unit_fts.rowid</c>.</summary>
    public const string DocumentIdSql = "(unit_fts.rowid >> 22)";

    /// <summary>The length code in an FTS rowid.</summary>
    public static int Code(long rowId) => (int)(rowId & Mask);
}
