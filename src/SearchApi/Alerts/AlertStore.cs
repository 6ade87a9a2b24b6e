using System.Globalization;
using System.Security.Cryptography;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Alerts;

/// <summary>
/// Saved searches, watches, what each has already seen, and the notifications they produced
/// (<c>alerts.db</c> in the data folder). Every subscription belongs to one user; no one reads another's.
/// </summary>
public sealed class AlertStore
{
    public const string FileName = "alerts.db";

    private static readonly StoreSchema Schema = StoreSchema.Embedded(typeof(AlertStore).Assembly, "alerts", "alerts") with { FirstTable = "saved_searches" };

    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    /// <exception cref="StoreFormatException">The file was written by a newer build, or is not a database.</exception>
    public AlertStore(string dataDirectory, TimeProvider clock)
    {
        database = SqliteDatabase.Open(Path.Combine(dataDirectory, FileName), Schema);
        this.clock = clock;
    }

    public SavedSearch AddSearch(string owner, string name, string query)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var connection = Connect();
        using var insert = Sql.Command(connection, null, "INSERT INTO saved_searches(owner, name, query, feed_key, created_at) VALUES($o, $n, $q, $k, $at) RETURNING id",
            ("$o", owner), ("$n", name), ("$q", query), ("$k", key), ("$at", Now()));
        return new SavedSearch((long)insert.ExecuteScalar()!, owner, name, query, key, clock.GetUtcNow());
    }

    public Watch AddWatch(string owner, string documentId, string path, string label)
    {
        using var connection = Connect();
        using var insert = Sql.Command(connection, null, "INSERT INTO watches(owner, document_id, path, label, created_at) VALUES($o, $d, $p, $l, $at) RETURNING id",
            ("$o", owner), ("$d", documentId), ("$p", path), ("$l", label), ("$at", Now()));
        return new Watch((long)insert.ExecuteScalar()!, owner, documentId, path, label, clock.GetUtcNow());
    }

    /// <summary>
    /// Moves the watches on provisions of a document read again to the paths those provisions have now, their labels
    /// with them ("Mục I.2 của Kế hoạch số 14/KH-UBND", "Khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số …"); returns how many moved.
    /// </summary>
    public int MoveWatches(ProvisionPathChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var moved = 0;
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        foreach (var watch in Watches().Where(w => w.DocumentId == changes.Document.Value && changes.Paths.ContainsKey(w.Path)))
        {
            var path = changes.Map(watch.Path);
            // The label names the provision as officers write it and then its document ("Khoản 1 Điều 7 của …", "Khoản 1
            // Điều 7 Quy chế ban hành kèm theo …"), or, as older watches were labelled, its path: written again for the new path.
            var was = Indexer.Legal.ProvisionLabel.Of(watch.Path);
            var document = new[] { was + " của ", was + " ban hành kèm theo ", watch.Path + " của " }
                .Where(prefix => watch.Label.StartsWith(prefix, StringComparison.Ordinal))
                .Select(prefix => watch.Label[prefix.Length..])
                .FirstOrDefault();
            var label = document is null ? watch.Label : Indexer.Legal.ProvisionLabel.Of(path, document);
            using var update = Sql.Command(connection, transaction, "UPDATE watches SET path=$p, label=$l WHERE id=$id", ("$p", path), ("$l", label), ("$id", watch.Id));
            moved += update.ExecuteNonQuery();
        }

        transaction.Commit();
        return moved;
    }

    /// <summary>The saved searches of <paramref name="owner"/>, or everyone's when null.</summary>
    public IReadOnlyList<SavedSearch> Searches(string? owner = null)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT id, owner, name, query, feed_key, created_at FROM saved_searches WHERE $o IS NULL OR owner = $o ORDER BY id", ("$o", owner));
        using var reader = command.ExecuteReader();
        var list = new List<SavedSearch>();
        while (reader.Read())
        {
            list.Add(new SavedSearch(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Parse(reader.GetString(5))));
        }

        return list;
    }

    /// <summary>The watches of <paramref name="owner"/>, or everyone's when null.</summary>
    public IReadOnlyList<Watch> Watches(string? owner = null)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT id, owner, document_id, path, label, created_at FROM watches WHERE $o IS NULL OR owner = $o ORDER BY id", ("$o", owner));
        using var reader = command.ExecuteReader();
        var list = new List<Watch>();
        while (reader.Read())
        {
            list.Add(new Watch(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), Parse(reader.GetString(5))));
        }

        return list;
    }

    public BodyWatch AddBodyWatch(string owner, string body)
    {
        using var connection = Connect();
        using var insert = Sql.Command(connection, null, "INSERT INTO body_watches(owner, body, created_at) VALUES($o, $b, $at) RETURNING id", ("$o", owner), ("$b", body), ("$at", Now()));
        return new BodyWatch((long)insert.ExecuteScalar()!, owner, body, clock.GetUtcNow());
    }

    /// <summary>The bodies <paramref name="owner"/> watches, or everyone's when null.</summary>
    public IReadOnlyList<BodyWatch> BodyWatches(string? owner = null)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT id, owner, body, created_at FROM body_watches WHERE $o IS NULL OR owner = $o ORDER BY id", ("$o", owner));
        using var reader = command.ExecuteReader();
        var list = new List<BodyWatch>();
        while (reader.Read())
        {
            list.Add(new BodyWatch(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Parse(reader.GetString(3))));
        }

        return list;
    }

    /// <summary>Removes a subscription ("search", "watch" or "body") of <paramref name="owner"/> with what it saw; false when they have none with that id.</summary>
    public bool Remove(string subscription, long id, string owner)
    {
        var table = subscription switch
        {
            "search" => "saved_searches",
            "body" => "body_watches",
            _ => "watches",
        };
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var delete = Sql.Command(connection, transaction, $"DELETE FROM {table} WHERE id = $id AND owner = $o", ("$id", id), ("$o", owner));
        if (delete.ExecuteNonQuery() == 0)
        {
            return false;
        }

        Sql.Execute(connection, transaction, "DELETE FROM seen WHERE subscription = $s AND subscription_id = $id", ("$s", subscription), ("$id", id));
        transaction.Commit();
        return true;
    }

    /// <summary>
    /// Records <paramref name="items"/> as seen by a subscription and, for those it had not seen, the
    /// notifications <paramref name="notify"/> writes (none when <paramref name="baseline"/>: a new
    /// subscription starts from what exists); returns how many were new.
    /// </summary>
    public int See(string subscription, long id, string owner, IEnumerable<(string Item, string DocumentId, string Reason, string Message)> items, bool baseline)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var added = 0;
        foreach (var (item, documentId, reason, message) in items)
        {
            using var insert = Sql.Command(connection, transaction, "INSERT INTO seen(subscription, subscription_id, item) VALUES($s, $id, $i) ON CONFLICT DO NOTHING", ("$s", subscription), ("$id", id), ("$i", item));
            if (insert.ExecuteNonQuery() == 1 && !baseline)
            {
                Sql.Execute(connection, transaction, "INSERT INTO notifications(owner, at, subscription, subscription_id, document_id, reason, message) VALUES($o, $at, $s, $id, $d, $r, $m)",
                    ("$o", owner), ("$at", Now()), ("$s", subscription), ("$id", id), ("$d", documentId), ("$r", reason), ("$m", message));
                added++;
            }
        }

        transaction.Commit();
        return added;
    }

    /// <summary>The notifications of <paramref name="owner"/> (or of one subscription), newest first.</summary>
    public IReadOnlyList<Notification> Notifications(string? owner, bool unreadOnly = false, string? subscription = null, long? subscriptionId = null, int limit = 100)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, """
            SELECT id, owner, at, subscription, subscription_id, document_id, reason, message, read_at FROM notifications
            WHERE ($o IS NULL OR owner = $o) AND ($u = 0 OR read_at IS NULL) AND ($s IS NULL OR (subscription = $s AND subscription_id = $sid))
            ORDER BY id DESC LIMIT $l
            """, ("$o", owner), ("$u", unreadOnly ? 1 : 0), ("$s", subscription), ("$sid", subscriptionId), ("$l", limit));
        using var reader = command.ExecuteReader();
        var list = new List<Notification>();
        while (reader.Read())
        {
            list.Add(new Notification(reader.GetInt64(0), reader.GetString(1), Parse(reader.GetString(2)), reader.GetString(3), reader.GetInt64(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.IsDBNull(8) ? null : Parse(reader.GetString(8))));
        }

        return list;
    }

    /// <summary>How many notifications of <paramref name="owner"/> are unread.</summary>
    public int UnreadCount(string owner)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT count(*) FROM notifications WHERE owner = $o AND read_at IS NULL", ("$o", owner));
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Marks notifications of <paramref name="owner"/> read (all of them when <paramref name="ids"/> is empty); returns how many.</summary>
    public int MarkRead(string owner, IReadOnlyCollection<long> ids)
    {
        using var connection = Connect();
        var filter = ids.Count == 0 ? "" : $" AND id IN ({string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
        using var update = Sql.Command(connection, null, $"UPDATE notifications SET read_at = $at WHERE owner = $o AND read_at IS NULL{filter}", ("$at", Now()), ("$o", owner));
        return update.ExecuteNonQuery();
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);

    private SqliteConnection Connect() => database.Connect();
}
