using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// The postings of the tokens searches ask for, read from FTS5 once per index generation and kept within a
/// memory budget (least recently used out first). Words common in legal Vietnamese ("của", "tổ", "chức")
/// occur in most units; FTS5 steps through their whole doclists for every query that names them, while a
/// cached list is intersected by galloping from the rarest word. Lists belong to one generation: a commit
/// starts an empty cache, and a search still reading an older snapshot reads without caching.
/// </summary>
internal sealed class PostingsCache(long budgetBytes)
{
    /// <summary>The default budget: at 200,000 provisions every token's postings take about this much.</summary>
    public const long DefaultBudgetBytes = 768L * 1024 * 1024;

    private readonly Lock gate = new();
    private Entries current = new(-1);
    private long clock;

    /// <summary>The memory the cached lists may take.</summary>
    public long BudgetBytes { get; } = budgetBytes > 0 ? budgetBytes : throw new ArgumentOutOfRangeException(nameof(budgetBytes));

    /// <summary>Bytes held for the current generation.</summary>
    public long Bytes => current.Bytes;

    /// <summary>Lists held for the current generation.</summary>
    public int Count => current.Lists.Count(s => s.Value.List is not null);

    /// <summary>
    /// The postings of <paramref name="token"/> (an analysed token, as the MATCH expression quotes it) at
    /// <paramref name="generation"/>. Call it inside the read transaction that read the generation.
    /// </summary>
    public PostingList Get(SqliteConnection connection, SqliteTransaction transaction, long generation, string token)
    {
        var entries = EntriesFor(generation);
        if (entries is null)
        {
            return Read(connection, transaction, PostingUniverse.Read(connection, transaction), token);
        }

        var slot = entries.Lists.GetOrAdd(token, static _ => new Slot());
        Volatile.Write(ref slot.LastUsed, Interlocked.Increment(ref clock));
        if (slot.List is { } cached)
        {
            return cached;
        }

        lock (slot.Gate)
        {
            if (slot.List is { } raced)
            {
                return raced;
            }

            var list = Read(connection, transaction, entries.Universe(connection, transaction), token); // a failure caches nothing: the next search reads again
            if (list.Bytes > BudgetBytes / 2)
            {
                entries.Lists.TryRemove(token, out _);
                return list;
            }

            slot.List = list;
            if (Interlocked.Add(ref entries.Bytes, list.Bytes) > BudgetBytes)
            {
                Evict(entries, token);
            }

            return list;
        }
    }

    /// <summary>The units of <paramref name="generation"/>, by which posting lists number them.</summary>
    public PostingUniverse Universe(SqliteConnection connection, SqliteTransaction transaction, long generation) =>
        EntriesFor(generation) is { } entries ? entries.Universe(connection, transaction) : PostingUniverse.Read(connection, transaction);

    private Entries? EntriesFor(long generation)
    {
        var entries = current;
        if (entries.Generation == generation)
        {
            return entries;
        }

        lock (gate)
        {
            if (current.Generation < generation)
            {
                current = new Entries(generation);
            }

            return current.Generation == generation ? current : null;
        }
    }

    private void Evict(Entries entries, string keep)
    {
        lock (gate)
        {
            var oldest = entries.Lists.Where(e => e.Value.List is not null && !string.Equals(e.Key, keep, StringComparison.Ordinal))
                .OrderBy(e => Volatile.Read(ref e.Value.LastUsed)).ToList();
            foreach (var (token, slot) in oldest)
            {
                if (Interlocked.Read(ref entries.Bytes) <= BudgetBytes * 3 / 4)
                {
                    break;
                }

                if (entries.Lists.TryRemove(token, out _) && slot.List is { } list)
                {
                    Interlocked.Add(ref entries.Bytes, -list.Bytes);
                }
            }
        }
    }

    private static PostingList Read(SqliteConnection connection, SqliteTransaction transaction, PostingUniverse universe, string token)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {PositionsFunction.Name}(unit_fts) FROM unit_fts WHERE unit_fts MATCH $token ORDER BY rowid";
        command.Parameters.AddWithValue("$token", "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        var builder = new PostingListBuilder();
        using (PostingListBuilder.Install(builder))
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }
        }

        return builder.Build(universe);
    }

    private sealed class Entries(long generation)
    {
        public long Bytes;

        private readonly Lock gate = new();
        private volatile PostingUniverse? universe;

        public PostingUniverse Universe(SqliteConnection connection, SqliteTransaction transaction)
        {
            if (universe is { } known)
            {
                return known;
            }

            lock (gate)
            {
                return universe ??= PostingUniverse.Read(connection, transaction);
            }
        }

        public long Generation { get; } = generation;

        public ConcurrentDictionary<string, Slot> Lists { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Slot
    {
        public volatile PostingList? List;

        public long LastUsed;

        public Lock Gate { get; } = new();
    }
}
