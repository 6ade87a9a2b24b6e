using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

public sealed class WordDiffTests
{
    private static IReadOnlyList<DiffSpan> Compare(string a, string b) =>
        WordDiff.Compare(VietnameseAnalyzer.Tokenize(a).Where(t => !t.IsKey).ToList(), a, VietnameseAnalyzer.Tokenize(b).Where(t => !t.IsKey).ToList(), b);

    [Fact]
    public void WordsThatDifferOnlyInDiacritics_AreChanges_ShownWithBothSidesAsWritten()
    {
        var spans = Compare(
            "Các cơ quan gửi báo cáo về bảo vệ môi trường trước ngày 30 tháng 10.",
            "Các cơ quan gửi bảo cáo về báo vệ môi trường trước ngày 15 tháng 11.");

        var changes = spans.Where(s => s.Kind == DiffSpanKind.Changed).Select(s => (s.Left, s.Right)).ToList();
        Assert.Contains(("báo", "bảo"), changes);
        Assert.Contains(("bảo", "báo"), changes);
        Assert.Contains(("30", "15"), changes);
        Assert.Contains(("10", "11"), changes);
        Assert.Equal("… cơ quan gửi báo cáo về bảo vệ môi trường trước ngày 30 tháng 10", WordDiff.Quote(spans, left: true));
        Assert.Equal("… cơ quan gửi bảo cáo về báo vệ môi trường trước ngày 15 tháng 11", WordDiff.Quote(spans, left: false));
    }

    [Fact]
    public void InsertedWords_AreNotPrintedInTheOtherSidesForm()
    {
        // "vệ" of "bảo vệ" folds like "về": matching on folded words would print "bảo về".
        var spans = Compare(
            "Các sở gửi báo cáo về xử lý vi phạm hành chính về Sở Tư pháp trước ngày 30 tháng 10 hằng năm.",
            "Các sở gửi báo cáo về xử lý vi phạm hành chính trong lĩnh vực bảo vệ môi trường về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.");

        Assert.Contains("lĩnh vực bảo vệ môi trường về Sở", WordDiff.Quote(spans, left: false), StringComparison.Ordinal);
        Assert.DoesNotContain("bảo về", WordDiff.Quote(spans, left: false), StringComparison.Ordinal);
        Assert.DoesNotContain("bảo", WordDiff.Quote(spans, left: true), StringComparison.Ordinal);
        Assert.All(spans, s => Assert.DoesNotContain("{+", s.Left + s.Right, StringComparison.Ordinal));
    }

    [Fact]
    public void TextWithoutDiacritics_IsAlignedOnFoldedWords_AndEveryWordStaysAsWritten()
    {
        var spans = Compare("Gửi báo cáo trước ngày 30 tháng 10 hằng năm", "Gui bao cao truoc ngay 15 thang 10 hang nam");

        Assert.Equal("Gửi báo cáo trước ngày 30 tháng 10 hằng năm", WordDiff.Quote(spans, left: true));
        Assert.Equal("Gui bao cao truoc ngay 15 thang 10 hang nam", WordDiff.Quote(spans, left: false));
    }
}
