using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// Every unit's FTS rowid at one generation, ascending: posting lists number units by their place here, so
/// that lists are dense ordinals (half the memory of rowids, and bitmaps for common words). A rowid starts
/// with its document's id (<see cref="UnitIds"/>), so each document's units are one run of ordinals.
/// </summary>
internal sealed class PostingUniverse
{
    internal PostingUniverse(long[] rowIds)
    {
        RowIds = rowIds;
        var ids = new List<long>();
        var starts = new List<int>();
        for (var i = 0; i < rowIds.Length; i++)
        {
            var document = Ranking.LengthNorm.DocumentId(rowIds[i]);
            if (ids.Count == 0 || ids[^1] != document)
            {
                ids.Add(document);
                starts.Add(i);
            }
        }

        starts.Add(rowIds.Length);
        DocumentIds = [.. ids];
        DocumentStarts = [.. starts];
    }

    /// <summary>FTS rowids, ascending; a unit's ordinal is its index.</summary>
    public long[] RowIds { get; }

    /// <summary>Units.</summary>
    public int Count => RowIds.Length;

    /// <summary>The documents, ascending.</summary>
    public long[] DocumentIds { get; }

    /// <summary>The first ordinal of each document of <see cref="DocumentIds"/>, and one more: the count of units.</summary>
    public int[] DocumentStarts { get; }

    /// <summary>Bytes the arrays take.</summary>
    public long Bytes => (RowIds.Length * 8L) + (DocumentIds.Length * 12L);

    /// <summary>Reads the rowids of every unit in the snapshot of <paramref name="transaction"/>.</summary>
    public static PostingUniverse Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT fts_rowid FROM units ORDER BY fts_rowid";
        var rowIds = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rowIds.Add(reader.GetInt64(0));
        }

        return new PostingUniverse([.. rowIds]);
    }

    /// <summary>The ordinal of <paramref name="rowId"/>.</summary>
    /// <exception cref="IndexFormatException">The FTS index holds a row no unit has (the index needs verifying).</exception>
    public int OrdinalOf(long rowId)
    {
        var i = Array.BinarySearch(RowIds, rowId);
        return i >= 0 ? i : throw new IndexFormatException($"the full-text index holds row {rowId}, which no unit has; run the index check");
    }
}
