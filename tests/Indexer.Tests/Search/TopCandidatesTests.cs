using LawMonitor.Indexer.Search;

namespace LawMonitor.Indexer.Tests.Search;

public sealed class TopCandidatesTests
{
    [Fact]
    public void Sorted_KeepsTheBestByScoreThenRowId_AsOrderByScoreDescRowIdDoes()
    {
        var random = new Random(3);
        var offered = Enumerable.Range(0, 2000).Select(i => new SearchEngine.Candidate(random.Next(1, 100_000), random.Next(0, 50) / 4.0)).DistinctBy(c => c.RowId).ToList();
        var top = new TopCandidates(100);
        foreach (var candidate in offered)
        {
            top.Offer(candidate);
        }

        var expected = offered.OrderByDescending(c => c.Score).ThenBy(c => c.RowId).Take(100).ToList();
        Assert.Equal(expected, top.Sorted());
        Assert.True(top.IsFull);
        Assert.Equal(expected[^1], top.Worst);
    }
}
