using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using LawMonitor.Indexer.Storage.Sqlite;

namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// The postings of the tokens searches ask for, read from FTS5 once per index generation and kept within a
/// memory budget (least recently used out first). Words common in legal Vietnamese ("của", "tổ", "chức")
/// occur in most units; FTS5 steps through their whole doclists for every query that names them, while a
/// cached list is intersected by galloping from the rarest word. Lists belong to one generation: a commit
/// starts an empty cache, and a search still reading an older snapshot reads without caching. When the
/// cache can open connections of its own, lists are read by one background reader: the ones a search
/// found missing (<see cref="ReadLater"/>; that search is answered by FTS5 meanwhile), and, a moment after
/// a commit, the ones most used before it (<see cref="LastWarm"/>), so that searches after a commit find them.
/// </summary>
internal sealed class PostingsCache(long budgetBytes, Func<SqliteConnection>? openConnection = null)
{
    /// <summary>The most lists a new generation reads again in the background (and at most half the budget).</summary>
    public const int WarmTokens = 1024;

    /// <summary>How long a new generation must stay the newest before its lists are read again: a burst of commits (a crawl ingesting file after file) reads them once, after the last.</summary>
    public static readonly TimeSpan WarmDelay = TimeSpan.FromSeconds(1);

    /// <summary>The default budget (at 200,000 provisions the lists of the 650 tokens a benchmark searched took 280 MB).</summary>
    public const long DefaultBudgetBytes = 768L * 1024 * 1024;

    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private volatile Entries current = new(-1, []);
    private long clock;
    private int reading;
    private Task reader = Task.CompletedTask;

    /// <summary>The memory the cached lists may take.</summary>
    public long BudgetBytes { get; } = budgetBytes > 0 ? budgetBytes : throw new ArgumentOutOfRangeException(nameof(budgetBytes));

    /// <summary>The reading ahead started by the latest new generation, until its lists are read (completed when there was none).</summary>
    public Task LastWarm { get; private set; } = Task.CompletedTask;

    /// <summary>Whether lists can be read in the background (the cache can open connections of its own).</summary>
    public bool ReadsAhead => openConnection is not null;

    /// <summary>Bytes held for the current generation.</summary>
    public long Bytes => current.Bytes;

    /// <summary>Word lists held for the current generation.</summary>
    public int Count => current.Lists.Count(s => s.Value.List is PostingList);

    /// <summary>Pair impacts held for the current generation.</summary>
    public int PairCount => current.Lists.Count(s => s.Value.List is PairImpacts);

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
        if (slot.List is PostingList cached)
        {
            return cached;
        }

        lock (slot.Gate)
        {
            if (slot.List is PostingList raced)
            {
                return raced;
            }

            var list = Read(connection, transaction, entries.Universe(connection, transaction), token); // a failure caches nothing: the next search reads again
            if (list.Bytes > BudgetBytes / 2)
            {
                slot.TooLarge = true; // never held: searches naming it use FTS5
                return list;
            }

            Hold(entries, slot, token, list);
            return list;
        }
    }

    /// <summary>
    /// The impacts of the pair <paramref name="first"/> then <paramref name="second"/> (tokens whose lists at
    /// <paramref name="generation"/> are <paramref name="firstList"/> and <paramref name="secondList"/>) under
    /// <paramref name="parameters"/>: derived from the lists once and kept within the same budget.
    /// </summary>
    public PairImpacts GetPair(long generation, string first, PostingList firstList, string second, PostingList secondList, in ImpactParameters parameters, PostingUniverse universe)
    {
        var entries = EntriesFor(generation);
        if (entries is null)
        {
            return PairImpacts.Derive(firstList, secondList, parameters, universe);
        }

        var key = PairKey + first + " " + second; // tokens hold no space, and no word token starts with the mark
        var slot = entries.Lists.GetOrAdd(key, static _ => new Slot());
        Volatile.Write(ref slot.LastUsed, Interlocked.Increment(ref clock));
        if (slot.List is PairImpacts cached && cached.Parameters == parameters)
        {
            return cached;
        }

        lock (slot.Gate)
        {
            if (slot.List is PairImpacts raced && raced.Parameters == parameters)
            {
                return raced;
            }

            var pair = PairImpacts.Derive(firstList, secondList, parameters, universe);
            if (pair.Bytes <= BudgetBytes / 2)
            {
                if (slot.List is { } replaced)
                {
                    Interlocked.Add(ref entries.Bytes, -replaced.Bytes);
                }

                Hold(entries, slot, key, pair);
            }

            return pair;
        }
    }

    /// <summary>Marks the cache keys of pairs, so that they are not read again as words after a commit.</summary>
    private const string PairKey = "\u0001";

    private void Hold(Entries entries, Slot slot, string key, CachedPostings value)
    {
        slot.List = value;
        if (Interlocked.Add(ref entries.Bytes, value.Bytes) > BudgetBytes)
        {
            Evict(entries, key);
        }
    }

    /// <summary>
    /// The list of <paramref name="token"/> if it is held for <paramref name="generation"/>, without reading
    /// anything; <paramref name="tooLarge"/> when it was read and found larger than half the budget.
    /// </summary>
    public bool TryGetCached(long generation, string token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PostingList? list, out bool tooLarge)
    {
        list = null;
        tooLarge = false;
        if (EntriesFor(generation) is not { } entries || !entries.Lists.TryGetValue(token, out var slot))
        {
            return false;
        }

        if (slot.List is not PostingList held)
        {
            tooLarge = slot.TooLarge;
            return false;
        }

        Volatile.Write(ref slot.LastUsed, Interlocked.Increment(ref clock));
        list = held;
        return true;
    }

    /// <summary>Reads the lists of <paramref name="tokens"/> in the background, at the newest generation; the task ends when none is left to read.</summary>
    public Task ReadLater(IEnumerable<string> tokens)
    {
        if (openConnection is null)
        {
            return Task.CompletedTask;
        }

        foreach (var token in tokens)
        {
            pending.TryAdd(token, 0);
        }

        lock (gate)
        {
            if (Interlocked.CompareExchange(ref reading, 1, 0) == 0)
            {
                reader = Task.Run(ReadPending);
            }

            return reader;
        }
    }

    /// <summary>Tells the cache that <paramref name="generation"/> was committed (by a writer of this process).</summary>
    public void Committed(long generation) => EntriesFor(generation);

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
                var hot = current.MostRecent(WarmTokens, BudgetBytes / 2);
                current = new Entries(generation, hot);
                if (openConnection is not null && hot.Count > 0)
                {
                    LastWarm = Task.Run(async () =>
                    {
                        await Task.Delay(WarmDelay).ConfigureAwait(false);
                        if (current.Generation == generation)
                        {
                            await ReadLater(hot).ConfigureAwait(false);
                        }
                    });
                }
            }

            return current.Generation == generation ? current : null;
        }
    }

    /// <summary>The background reader: reads what is pending at the newest generation, one list at a time, until nothing is.</summary>
    private void ReadPending()
    {
        try
        {
            while (!pending.IsEmpty)
            {
                using var connection = openConnection!();
                using var transaction = connection.BeginTransaction(deferred: true);
                var generation = IndexSchema.ReadGeneration(connection, transaction);
                foreach (var token in pending.Keys)
                {
                    if (current.Generation > generation)
                    {
                        break; // committed meanwhile: read the rest at the newer generation
                    }

                    pending.TryRemove(token, out _);
                    Get(connection, transaction, generation, token);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Reading ahead is only a saving: a search reads what it needs itself (and reports what fails).
            pending.Clear();
        }
        finally
        {
            Volatile.Write(ref reading, 0);
        }

        if (!pending.IsEmpty)
        {
            ReadLater([]); // asked for while this reader was finishing
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
        command.CommandText = $"SELECT {PositionsFunction.Name}(unit_fts, $target) FROM unit_fts WHERE unit_fts MATCH $token ORDER BY rowid";
        command.Parameters.AddWithValue("$token", "\"" + token.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        var builder = new PostingListBuilder();
        using (var target = new CallbackTarget(builder))
        {
            command.Parameters.AddWithValue("$target", target.Address);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }
        }

        return builder.Build(universe);
    }

    private sealed class Entries(long generation, IReadOnlyList<string> inherited)
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

        /// <summary>
        /// The tokens used most recently, at most <paramref name="count"/> of them and <paramref name="bytes"/> of
        /// lists; then those this generation was to read again itself (a commit came before it could).
        /// </summary>
        public List<string> MostRecent(int count, long bytes)
        {
            var tokens = new List<string>();
            var total = 0L;
            foreach (var (token, slot) in Lists.Where(e => e.Value.List is PostingList).OrderByDescending(e => Volatile.Read(ref e.Value.LastUsed)))
            {
                total += slot.List!.Bytes;
                if (tokens.Count == count || total > bytes)
                {
                    break;
                }

                tokens.Add(token);
            }

            tokens.AddRange(inherited.Except(tokens, StringComparer.Ordinal).Take(count - tokens.Count));
            return tokens;
        }
    }

    private sealed class Slot
    {
        public volatile CachedPostings? List;

        public long LastUsed;

        public volatile bool TooLarge;

        public Lock Gate { get; } = new();
    }
}
