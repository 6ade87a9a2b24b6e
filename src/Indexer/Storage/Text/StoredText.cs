using System.Collections.Concurrent;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Text;

/// <summary>
/// How the index stores texts (<c>units.text</c>, <c>document_versions.text</c>), and the one place they are
/// read: a BLOB is a zstd frame of the text (<see cref="TextCompressor"/>), made with the index's
/// <see cref="TextDictionary"/> when the frame names one and without a dictionary when it names none; TEXT is
/// the text itself (units written before the index held enough of them to train a dictionary, units of schema 3
/// indexes, and versions of indexes before schema 6 until the upgrade compresses them).
/// </summary>
internal static class StoredText
{
    /// <summary>Units an index holds before a dictionary is trained from them.</summary>
    public const int DefaultTrainAfterUnits = 2000;

    /// <summary>Units sampled to train a dictionary.</summary>
    public const int TrainingSamples = 5000;

    /// <summary>Dictionaries met by this process, by database file and id (ids derive from content, so two databases' could collide).</summary>
    private static readonly ConcurrentDictionary<(string Database, uint Id), TextDictionary> Dictionaries = new();

    /// <summary>The text in column <paramref name="ordinal"/> of <paramref name="reader"/>, which reads a stored text over <paramref name="connection"/>.</summary>
    /// <exception cref="IndexFormatException">The value is compressed with a dictionary the database does not hold, or is damaged.</exception>
    public static string Read(SqliteConnection connection, SqliteDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) switch
        {
            string text => text,
            byte[] frame => Decode(connection, frame),
            var other => throw new IndexFormatException($"a stored text is stored as {other?.GetType().Name ?? "NULL"}"),
        };

    /// <summary>The text of a stored frame.</summary>
    /// <exception cref="IndexFormatException">The frame names a dictionary the database does not hold, or is damaged or no frame.</exception>
    public static string Decode(SqliteConnection connection, byte[] frame)
    {
        if (!TextDictionary.IsFrame(frame))
        {
            throw new IndexFormatException("a stored text is neither text nor a zstd frame");
        }

        var dictionary = TextDictionary.IdOfFrame(frame) is { } id ? Dictionary(connection, id) : TextDictionary.None;
        return dictionary.Decode(frame);
    }

    /// <summary>The dictionary <paramref name="id"/>, read from the database the first time this process meets it.</summary>
    public static TextDictionary Dictionary(SqliteConnection connection, uint id)
    {
        var key = (connection.DataSource, id);
        if (Dictionaries.TryGetValue(key, out var known))
        {
            return known;
        }

        // Through the raw API: it runs in whatever transaction the connection has open, as the caller's reader does.
        using var query = new RawStatement(connection, "SELECT data FROM text_dictionaries WHERE id = ?1");
        query.Bind(1, (long)id);
        var data = query.ReadBlob()
            ?? throw new IndexFormatException($"a stored text is compressed with dictionary {id}, which the index does not hold");
        return Dictionaries.GetOrAdd(key, new TextDictionary(data));
    }

    /// <summary>The dictionary new texts are written with (the newest stored), or null when there is none yet.</summary>
    public static TextDictionary? Current(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM text_dictionaries ORDER BY seq DESC LIMIT 1";
        return command.ExecuteScalar() is long id ? Dictionary(connection, (uint)id) : null;
    }

    /// <summary>Stores <paramref name="dictionary"/> as the one new texts are written with.</summary>
    public static void Store(SqliteConnection connection, SqliteTransaction transaction, TextDictionary dictionary, long trainedOnUnits, DateTimeOffset at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO text_dictionaries(id, data, trained_on_units, trained_at) VALUES ($id, $data, $units, $at)";
        command.Parameters.AddWithValue("$id", (long)dictionary.Id);
        command.Parameters.AddWithValue("$data", dictionary.Data);
        command.Parameters.AddWithValue("$units", trainedOnUnits);
        command.Parameters.AddWithValue("$at", at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        Dictionaries.TryAdd((connection.DataSource, dictionary.Id), dictionary);
    }
}
