using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Tests.Support;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Storage.Postings;

public sealed class PostingsCacheTests
{
    /// <summary>A read transaction on the index and the generation it reads.</summary>
    private sealed class Snapshot : IDisposable
    {
        public Snapshot(TestIndex index)
        {
            Connection = index.Index.OpenConnection();
            Transaction = Connection.BeginTransaction(deferred: true);
            Generation = IndexSchema.ReadGeneration(Connection, Transaction);
        }

        public Microsoft.Data.Sqlite.SqliteConnection Connection { get; }

        public Microsoft.Data.Sqlite.SqliteTransaction Transaction { get; }

        public long Generation { get; }

        public void Dispose()
        {
            Transaction.Dispose();
            Connection.Dispose();
        }
    }

    private static TestIndex Sample() => new(
        Doc("a", "Điều 1. Hòa giải\nHòa giải ở cơ sở. Tổ hòa giải họp hằng tháng.\nĐiều 2. Thi hành\nThi hành pháp luật về hòa giải."),
        Doc("b", "Điều 1. Phổ biến\nPhổ biến, giáo dục pháp luật cho tổ hòa giải."));

    [Fact]
    public void Get_ReadsEveryUnitAndPositionOfTheToken()
    {
        using var index = Sample();
        using var snapshot = new Snapshot(index);
        var (connection, transaction, generation) = (snapshot.Connection, snapshot.Transaction, snapshot.Generation);
        var cache = new PostingsCache(1 << 20);
        var list = cache.Get(connection, transaction, generation, "hoa");
        var universe = cache.Universe(connection, transaction, generation);

        // "hoa" is in both articles of a and the article of b (and in no preamble title: the titles are empty).
        Assert.Equal(3, list.Count);
        Assert.All(list.Ordinals, o => Assert.InRange(o, 0, universe.Count - 1));
        var counts = Enumerable.Range(0, list.Count).Select(i => list.Starts[i + 1] - list.Starts[i]).ToList();
        Assert.Equal([3, 1, 1], counts); // the heading and twice the body of a's Điều 1; then a's Điều 2; then b
        Assert.All(list.Positions, p => Assert.InRange(p >> 24, (int)IndexColumn.Heading, (int)IndexColumn.Body));
        Assert.Same(list, cache.Get(connection, transaction, generation, "hoa"));
        Assert.Equal(0, cache.Get(connection, transaction, generation, "khongco").Count);
    }

    [Fact]
    public void Get_AtANewGeneration_ForgetsTheOldListsAndAnOldSnapshotReadsWithoutCaching()
    {
        using var index = Sample();
        var cache = new PostingsCache(1 << 20);
        using var old = new Snapshot(index);
        Assert.Equal(3, cache.Get(old.Connection, old.Transaction, old.Generation, "hoa").Count);

        index.Write(Doc("c", "Điều 1. Hòa giải viên\nHòa giải viên được bồi dưỡng."));
        using var fresh = new Snapshot(index);
        Assert.True(fresh.Generation > old.Generation);
        Assert.Equal(4, cache.Get(fresh.Connection, fresh.Transaction, fresh.Generation, "hoa").Count);
        Assert.Equal(1, cache.Count);

        // The old snapshot still sees its own units, read again rather than mixed with the new generation's.
        Assert.Equal(3, cache.Get(old.Connection, old.Transaction, old.Generation, "hoa").Count);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_OverBudget_EvictsTheLeastRecentlyUsed()
    {
        using var index = Sample();
        using var snapshot = new Snapshot(index);
        var (connection, transaction, generation) = (snapshot.Connection, snapshot.Transaction, snapshot.Generation);
        var one = new PostingsCache(1 << 20).Get(connection, transaction, generation, "hoa").Bytes;
        var cache = new PostingsCache(one * 5 / 2);
        foreach (var token in new[] { "hoa", "giai", "phap", "luat", "to", "thi", "hanh" })
        {
            cache.Get(connection, transaction, generation, token);
            Assert.InRange(cache.Bytes, 1, cache.BudgetBytes);
        }

        Assert.InRange(cache.Count, 1, 3);
    }

    [Fact]
    public void Get_AListLargerThanHalfTheBudget_IsReturnedButNeverHeld()
    {
        using var index = Sample();
        using var snapshot = new Snapshot(index);
        var (connection, transaction, generation) = (snapshot.Connection, snapshot.Transaction, snapshot.Generation);
        var size = new PostingsCache(1 << 20).Get(connection, transaction, generation, "hoa").Bytes;
        var cache = new PostingsCache(size * 2 - 1);
        Assert.Equal(3, cache.Get(connection, transaction, generation, "hoa").Count);
        Assert.False(cache.TryGetCached(generation, "hoa", out _, out var tooLarge));
        Assert.True(tooLarge);
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public async Task Committed_ReadsTheListsUsedLatelyAgainForTheNewGeneration()
    {
        using var index = Sample();
        var cache = index.Index.Postings;
        Assert.Equal(2, index.Search("hoa giai").TotalDocuments);
        await cache.ReadLater([]); // the search found its lists missing: they are read after it
        Assert.Equal(2, cache.Count);

        index.Write(Doc("c", "Điều 1. Hòa giải viên\nHòa giải viên được bồi dưỡng."));
        await cache.LastWarm.WaitAsync(TimeSpan.FromSeconds(30));

        // Read again before any search asked, and read at the new generation: c is in them.
        Assert.Equal(2, cache.Count);
        using var snapshot = new Snapshot(index);
        var (connection, transaction, generation) = (snapshot.Connection, snapshot.Transaction, snapshot.Generation);
        var bytes = cache.Bytes;
        Assert.Equal(4, cache.Get(connection, transaction, generation, "hoa").Count);
        Assert.Equal(bytes, cache.Bytes); // served from what the warm read, not read again
        Assert.Equal(3, index.Search("hoa giai").TotalDocuments);
    }

    [Fact]
    public async Task Committed_TwiceInABurst_ReadsTheListsOnceForTheLastGeneration()
    {
        using var index = Sample();
        var cache = index.Index.Postings;
        Assert.Equal(2, index.Search("hoa giai").TotalDocuments);
        await cache.ReadLater([]);
        index.Write(Doc("c", "Điều 1. Hòa giải viên\nHòa giải viên được bồi dưỡng."));
        var first = cache.LastWarm;
        index.Write(Doc("d", "Điều 1. Tổ hòa giải\nTổ hòa giải có tổ trưởng."));
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        await cache.LastWarm.WaitAsync(TimeSpan.FromSeconds(30));

        // The first commit's generation never read them (the second came within the delay); the second did.
        Assert.Equal(2, cache.Count);
        Assert.Equal(4, index.Search("hoa giai").TotalDocuments);
    }

    [Fact]
    public async Task GetPair_DerivesOnceAndCountsInTheBudget_AndIsNotReadAgainAsAWordAfterACommit()
    {
        using var index = Sample();
        var cache = index.Index.Postings;
        var parameters = new ImpactParameters(1.2, 0.65, 20, 3, 1, 5, 1, 0.5);
        using (var snapshot = new Snapshot(index))
        {
            var (connection, transaction, generation) = (snapshot.Connection, snapshot.Transaction, snapshot.Generation);
            var universe = cache.Universe(connection, transaction, generation);
            var hoa = cache.Get(connection, transaction, generation, "hoa");
            var giai = cache.Get(connection, transaction, generation, "giai");
            var words = cache.Bytes;

            var pair = cache.GetPair(generation, "hoa", hoa, "giai", giai, parameters, universe);

            Assert.Equal(3, pair.Ordinals.Length); // "hòa giải" in both articles of a and in b
            Assert.Same(pair, cache.GetPair(generation, "hoa", hoa, "giai", giai, parameters, universe));
            Assert.NotSame(pair, cache.GetPair(generation, "hoa", hoa, "giai", giai, parameters with { AverageLength = 30 }, universe));
            Assert.Equal(words + pair.Bytes, cache.Bytes);
            Assert.Equal((2, 1), (cache.Count, cache.PairCount));
            Assert.Empty(cache.GetPair(generation, "giai", giai, "hoa", hoa, parameters, universe).Ordinals);
        }

        index.Write(Doc("c", "Điều 1. Hòa giải viên\nHòa giải viên được bồi dưỡng."));
        await cache.LastWarm.WaitAsync(TimeSpan.FromSeconds(30));

        // The words are read again for the new generation; the pairs are derived again when a search needs them.
        Assert.Equal((2, 0), (cache.Count, cache.PairCount));
    }
}
