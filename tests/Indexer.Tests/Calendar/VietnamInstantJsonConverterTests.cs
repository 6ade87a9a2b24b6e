using System.Text.Json;
using LawMonitor.Indexer.Calendar;

namespace LawMonitor.Indexer.Tests.Calendar;

public sealed class VietnamInstantJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new VietnamInstantJsonConverter() } };

    [Fact]
    public void Write_LateEveningUtc_IsTheNextMorningInVietnam()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 18, 30, 0, TimeSpan.Zero);

        Assert.Equal("\"2027-01-01T01:30:00+07:00\"", JsonSerializer.Serialize(instant, Options));
    }

    [Theory]
    [InlineData("\"2027-01-01T01:30:00+07:00\"")]
    [InlineData("\"2026-12-31T18:30:00Z\"")]
    [InlineData("\"2026-12-31T19:30:00+01:00\"")]
    public void Read_AnyOffset_IsTheSameInstant(string json)
    {
        var read = JsonSerializer.Deserialize<DateTimeOffset>(json, Options);

        Assert.Equal(new DateTimeOffset(2026, 12, 31, 18, 30, 0, TimeSpan.Zero), read);
    }
}
