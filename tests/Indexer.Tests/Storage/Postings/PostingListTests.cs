using LawMonitor.Indexer.Storage.Postings;

namespace LawMonitor.Indexer.Tests.Storage.Postings;

public sealed class PostingListTests
{
    private static PostingList ListOf(int universe, params int[] ordinals) =>
        new(ordinals, Enumerable.Range(0, ordinals.Length + 1).ToArray(), ordinals, universe);

    [Fact]
    public void Seek_FindsTheFirstEntryAtOrAfterTheUnit_FromAnyCursor()
    {
        var ordinals = Enumerable.Range(0, 500).Select(i => i * 3).ToArray();
        var list = ListOf(100_000, ordinals);
        Assert.False(list.IsDense);
        foreach (var (from, target) in new[] { (0, 0), (0, 1), (0, 3), (0, 1497), (10, 31), (10, 2), (0, 1498), (499, 5000) })
        {
            var expected = Array.FindIndex(ordinals, from, o => o >= target);
            Assert.Equal(expected < 0 ? ordinals.Length : expected, list.Seek(from, target));
        }
    }

    [Fact]
    public void IndexOf_OnADenseList_GivesTheEntryOrMinusOne()
    {
        var ordinals = new[] { 0, 5, 63, 64, 65, 127, 200, 255 };
        var list = ListOf(256, ordinals);
        Assert.True(list.IsDense);
        for (var o = 0; o < 256; o++)
        {
            Assert.Equal(Array.IndexOf(ordinals, o), list.IndexOf(o));
        }
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(256)]
    public void Find_GivesTheEntryOrMinusOne_InAnyOrder(int universe)
    {
        var ordinals = new[] { 0, 5, 63, 64, 65, 127, 200, 255 };
        var list = ListOf(universe, ordinals);
        Assert.Equal(universe == 256, list.IsDense);
        foreach (var o in Enumerable.Range(0, Math.Min(300, universe)).Reverse())
        {
            Assert.Equal(Array.IndexOf(ordinals, o), list.Find(o));
        }
    }

    [Fact]
    public void Constructor_StartsOfTheWrongLength_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PostingList([1, 2], [0, 1], [], 10));
        Assert.Equal("starts", error.ParamName);
    }
}
