using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Storage;

public sealed class RankFunctionTests
{
    [Fact]
    public void LengthNorm_RoundTripsWithinTwelvePercent()
    {
        foreach (var length in new[] { 2, 7, 40, 150, 1000, 25_000 })
        {
            var decoded = LengthNorm.Decode(LengthNorm.Encode(length));
            Assert.InRange(decoded / length, 0.88, 1.13);
        }

        var rowId = LengthNorm.RowId(UnitId.Of(3, 7), 80);
        Assert.Equal((3L, 7), (LengthNorm.UnitOf(rowId).DocumentRowId, LengthNorm.UnitOf(rowId).Ordinal));
        Assert.Equal(3L, LengthNorm.DocumentId(rowId));
        Assert.Equal(LengthNorm.Encode(80), LengthNorm.Code(rowId));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3 })]
    public void RankFunction_MalformedPlan_IsASqlErrorNotACrash(byte[] plan)
    {
        using var index = new TestIndex(Doc("a", "Điều 1. Thi hành\nThi hành pháp luật."));
        using var connection = index.Index.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RankFunction.Name}(unit_fts, $plan) FROM unit_fts WHERE unit_fts MATCH '\"thi\"'";
        command.Parameters.AddWithValue("$plan", plan);
        var error = Assert.Throws<SqliteException>(() => command.ExecuteScalar());
        Assert.Contains("rank plan", error.Message, StringComparison.Ordinal);
    }
}
