using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Tests.Monitoring.Plans;

/// <summary>Deadlines as plans and regulations write them, each read to its kind and its last day.</summary>
public sealed class DeadlineReaderTests
{
    [Theory]
    [InlineData("trước ngày 30/6/2025", null, DeadlineKind.Day, "2025-06-30", null)]
    [InlineData("chậm nhất ngày 15 tháng 11 năm 2024", null, DeadlineKind.Day, "2024-11-15", null)]
    [InlineData("trước 15/10", 2026, DeadlineKind.Day, "2026-10-15", null)]
    [InlineData("Quý III năm 2024", null, DeadlineKind.Period, "2024-09-30", "2024-07-01")]
    [InlineData("Quý II, III/2020", null, DeadlineKind.Period, "2020-09-30", "2020-04-01")]
    [InlineData("Quý II", 2026, DeadlineKind.Period, "2026-06-30", "2026-04-01")]
    [InlineData("6 tháng đầu năm 2026", null, DeadlineKind.Period, "2026-06-30", "2026-01-01")]
    [InlineData("sáu tháng cuối năm", 2025, DeadlineKind.Period, "2025-12-31", "2025-07-01")]
    [InlineData("Từ tháng 4 đến tháng 10 năm 2020", null, DeadlineKind.Period, "2020-10-31", "2020-04-01")]
    [InlineData("tháng 2/2028", null, DeadlineKind.Period, "2028-02-29", "2028-02-01")]
    [InlineData("tháng 8", 2026, DeadlineKind.Period, "2026-08-31", "2026-08-01")]
    [InlineData("cả năm 2025", null, DeadlineKind.Period, "2025-12-31", "2025-01-01")]
    [InlineData("trước ngày 15 tháng 11 hằng năm", 2025, DeadlineKind.Recurring, "2025-11-15", null)]
    [InlineData("Thường xuyên", 2025, DeadlineKind.Continuous, null, null)]
    [InlineData("", 2025, DeadlineKind.Unspecified, null, null)]
    [InlineData("8-10 phút mỗi buổi", 2025, DeadlineKind.Unspecified, null, null)]
    [InlineData("ngày 31/2/2025", null, DeadlineKind.Unspecified, null, null)]
    public void Read_GivesTheKindAndTheLastDay(string text, int? year, DeadlineKind kind, string? due, string? from)
    {
        var deadline = DeadlineReader.Read(text, year);

        Assert.Equal(kind, deadline.Kind);
        Assert.Equal(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), deadline.Due);
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), deadline.From);
    }

    [Fact]
    public void YearlyDeadline_FallsOnItsDayInEveryYear_AndKeepsThePlansWords()
    {
        var deadline = DeadlineReader.Read("gửi về Sở Tư pháp trước ngày 15 tháng 11 hằng năm", null);

        Assert.Equal(Recurrence.Yearly, deadline.Every);
        Assert.Equal("trước ngày 15 tháng 11 hằng năm", deadline.Text);
        Assert.Null(deadline.Due); // no year of its own
        Assert.Equal(new DateOnly(2027, 11, 15), deadline.DueIn(2027));
    }

    [Theory]
    [InlineData("định kỳ hằng quý", Recurrence.Quarterly)]
    [InlineData("hàng tháng", Recurrence.Monthly)]
    [InlineData("định kỳ 6 tháng", Recurrence.HalfYearly)]
    [InlineData("hằng năm", Recurrence.Yearly)]
    public void Recurrence_IsReadFromItsWords(string text, Recurrence every) =>
        Assert.Equal(every, DeadlineReader.RecurrenceOf(text));
}
