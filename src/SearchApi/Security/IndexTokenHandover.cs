using System.Globalization;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Security;

/// <summary>
/// API tokens were kept in the index (<c>lawmonitor.db</c>) until accounts version 2, where a rebuilt index would
/// have lost them. The accounts store takes them over: it copies the index's tokens when it is created or
/// upgraded (in that transaction), and once every one of them is in the accounts store, the index's table is
/// dropped. Both steps can run again safely.
/// </summary>
internal static class IndexTokenHandover
{
    private const string Columns = "name, role, token_sha256, created_at, revoked_at";

    /// <summary>Copies the tokens of the index at <paramref name="indexPath"/> (if it has any) into the accounts store.</summary>
    public static void Copy(SqliteConnection accounts, SqliteTransaction transaction, string indexPath)
    {
        using var index = OpenIndex(indexPath, SqliteOpenMode.ReadOnly);
        if (index is null)
        {
            return;
        }

        using var read = Sql.Command(index, null, $"SELECT {Columns} FROM api_tokens");
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            Sql.Execute(accounts, transaction, $"INSERT OR IGNORE INTO api_tokens({Columns}) VALUES($n, $r, $h, $c, $v)",
                ("$n", reader.GetString(0)), ("$r", reader.GetString(1)), ("$h", reader.GetString(2)), ("$c", reader.GetString(3)), ("$v", reader.IsDBNull(4) ? null : reader.GetString(4)));
        }
    }

    /// <summary>Drops the index's token table once the accounts store holds each of its tokens.</summary>
    public static void RemoveFromIndex(SqliteConnection accounts, string indexPath)
    {
        using var index = OpenIndex(indexPath, SqliteOpenMode.ReadWrite);
        if (index is null)
        {
            return;
        }

        using var read = Sql.Command(index, null, "SELECT token_sha256 FROM api_tokens");
        var hashes = new List<string>();
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                hashes.Add(reader.GetString(0));
            }
        }

        foreach (var hash in hashes)
        {
            using var held = Sql.Command(accounts, null, "SELECT count(*) FROM api_tokens WHERE token_sha256 = $h", ("$h", hash));
            if (Convert.ToInt64(held.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
            {
                return; // not copied yet: keep them
            }
        }

        Sql.Execute(index, null, "PRAGMA busy_timeout=15000; DROP TABLE api_tokens");
    }

    /// <summary>The index, when it exists and holds a token table; null otherwise.</summary>
    private static SqliteConnection? OpenIndex(string path, SqliteOpenMode mode)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        if (SqliteDatabase.TableExists(connection, "api_tokens"))
        {
            return connection;
        }

        connection.Dispose();
        return null;
    }
}
