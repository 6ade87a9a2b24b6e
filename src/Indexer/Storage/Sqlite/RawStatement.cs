using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>
/// A statement prepared once and run many times through SQLitePCL.raw, binding by position and binding text
/// as UTF-8 bytes. Used for the two inserts that run once per unit while indexing, where
/// Microsoft.Data.Sqlite's per-execution parameter lookup and string conversion cost a fifth of the time.
/// It runs in whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private const int Done = 101;

    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt statement;
    private byte[] buffer = new byte[16 * 1024];

    public RawStatement(SqliteConnection connection, string sql)
    {
        this.connection = connection;
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out statement);
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }

    /// <summary>Binds an integer to parameter <paramref name="index"/> (1-based).</summary>
    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    /// <summary>Binds UTF-8 text.</summary>
    public void Bind(int index, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(statement, index, utf8));

    /// <summary>Binds text (null binds NULL).</summary>
    public void Bind(int index, string? text)
    {
        if (text is null)
        {
            Check(raw.sqlite3_bind_null(statement, index));
            return;
        }

        Bind(index, text.AsSpan());
    }

    /// <summary>Binds text given as characters.</summary>
    public void Bind(int index, ReadOnlySpan<char> text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (buffer.Length < needed)
        {
            buffer = new byte[Math.Max(needed, buffer.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, buffer);
        Bind(index, buffer.AsSpan(0, length));
    }

    /// <summary>Binds a BLOB.</summary>
    public void BindBlob(int index, ReadOnlySpan<byte> bytes) => Check(raw.sqlite3_bind_blob(statement, index, bytes));

    /// <summary>Runs a query and returns the first column of its first row as bytes (null when it returns no row or NULL), then resets it.</summary>
    public byte[]? ReadBlob()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == Done)
            {
                return null;
            }

            if (rc != raw.SQLITE_ROW)
            {
                throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
            }

            return raw.sqlite3_column_type(statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(statement, 0).ToArray();
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Runs the statement (which returns no rows) and resets it for the next run.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != Done)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
        }
    }
}
