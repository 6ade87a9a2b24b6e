using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Tests.Support;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Storage.Postings;

public sealed class PostingsCacheTests
{
    private static TestIndex Sample() => new(
        Doc("a", "Điều 1. Hòa giải\nHòa giải ở cơ sở. Tổ hòa giải họp hằng tháng.\nĐiều 2. Thi hành\nThi hành pháp luật về hòa giải."),
        Doc("b", "Điều 1. Phổ biến\nPhổ biến, giáo dục pháp luật cho tổ hòa giải."));

    [Fact]
    public void Get_ReadsEveryUnitAndPositionOfTheToken()
    {
        using var index = Sample();
        using var connection = index.Index.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true);
        var generation = IndexSchema.ReadGeneration(connection, transaction);
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
        using var old = index.Index.OpenConnection();
        using var oldTransaction = old.BeginTransaction(deferred: true);
        var oldGeneration = IndexSchema.ReadGeneration(old, oldTransaction);
        Assert.Equal(3, cache.Get(old, oldTransaction, oldGeneration, "hoa").Count);

        index.Write(Doc("c", "Điều 1. Hòa giải viên\nHòa giải viên được bồi dưỡng."));
        using var fresh = index.Index.OpenConnection();
        using var freshTransaction = fresh.BeginTransaction(deferred: true);
        var generation = IndexSchema.ReadGeneration(fresh, freshTransaction);
        Assert.True(generation > oldGeneration);
        Assert.Equal(4, cache.Get(fresh, freshTransaction, generation, "hoa").Count);
        Assert.Equal(1, cache.Count);

        // The old snapshot still sees its own units, read again rather than mixed with the new generation's.
        Assert.Equal(3, cache.Get(old, oldTransaction, oldGeneration, "hoa").Count);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_OverBudget_EvictsTheLeastRecentlyUsed()
    {
        using var index = Sample();
        using var connection = index.Index.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true);
        var generation = IndexSchema.ReadGeneration(connection, transaction);
        var one = new PostingsCache(1 << 20).Get(connection, transaction, generation, "hoa").Bytes;
        var cache = new PostingsCache(one * 5 / 2);
        foreach (var token in new[] { "hoa", "giai", "phap", "luat", "to", "thi", "hanh" })
        {
            cache.Get(connection, transaction, generation, token);
            Assert.InRange(cache.Bytes, 1, cache.BudgetBytes);
        }

        Assert.InRange(cache.Count, 1, 3);
    }
}
