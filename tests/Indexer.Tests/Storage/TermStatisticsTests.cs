using LawMonitor.Indexer.Storage.Statistics;

namespace LawMonitor.Indexer.Tests.Storage;

public sealed class TermStatisticsTests
{
    [Fact]
    public void Codec_RoundTripsRunsWithNegativeCountsAndLargeTerms()
    {
        var run = new TermStatsRun([0UL, 5UL, 1UL << 40, ulong.MaxValue], [3, -2, 1, int.MaxValue], -7, 123_456_789_000);
        var decoded = TermStatsCodec.Decode(TermStatsCodec.Encode(run));
        Assert.Equal(run.Terms, decoded.Terms);
        Assert.Equal(run.Counts, decoded.Counts);
        Assert.Equal(run.Units, decoded.Units);
        Assert.Equal(run.Tokens, decoded.Tokens);
    }

    [Fact]
    public void Codec_DamagedRecord_IsAnErrorNotGarbage()
    {
        var bytes = TermStatsCodec.Encode(new TermStatsRun([1UL, 2UL], [1, 1], 1, 2));
        Assert.Throws<InvalidDataException>(() => TermStatsCodec.Decode(bytes.AsSpan(0, bytes.Length - 1)));
        Assert.Throws<InvalidDataException>(() => TermStatsCodec.Decode("XXXX"u8));
    }

    [Fact]
    public void Merge_SumsTermsAndDropsZeros()
    {
        var a = new TermStatsRun([1UL, 3UL, 5UL], [1, 1, 2], 2, 10);
        var b = new TermStatsRun([3UL, 4UL, 5UL], [-1, 1, 1], 1, 4);
        var merged = TermStatsRun.Merge([a, b]);
        Assert.Equal([1UL, 4UL, 5UL], merged.Terms);
        Assert.Equal([1, 1, 3], merged.Counts);
        Assert.Equal(3, merged.Units);
        Assert.Equal(14, merged.Tokens);
    }

    [Fact]
    public void Snapshot_Idf_FallsWithDocumentFrequencyAndStaysPositive()
    {
        var snapshot = new TermStatsSnapshot(new TermStatsRun([1UL, 2UL, 3UL], [1, 50, 100], 100, 5000), 1);
        Assert.True(snapshot.Idf(1) > snapshot.Idf(2));
        Assert.True(snapshot.Idf(3) > 0);
        Assert.Equal(snapshot.IdfOf(0), snapshot.Idf(999));
        Assert.Equal(50, snapshot.AverageLength);
    }

    [Fact]
    public void Hash_PairsAreOrdered()
    {
        var a = TermHash.Of("thi");
        var b = TermHash.Of("hanh");
        Assert.NotEqual(TermHash.Pair(a, b), TermHash.Pair(b, a));
        Assert.NotEqual(a, b);
    }
}
