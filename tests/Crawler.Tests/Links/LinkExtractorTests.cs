using LawMonitor.Crawler.Links;

namespace LawMonitor.Crawler.Tests.Links;

public sealed class LinkExtractorTests
{
    private static readonly Uri Page = new("https://x.gov.vn/van-ban/danh-sach.aspx?page=1");

    [Fact]
    public void Extract_FindsAnchorsViewersAndTheBase_WithoutScripts()
    {
        const string html = """
            <html><head><base href="https://x.gov.vn/"><script>location='/bi-mat'</script></head><body>
            <a href="van-ban/1.html">Quyết định 1</a> <a href="van-ban/1.html#dieu-1">Điều 1</a>
            <iframe src="/pdfjs/viewer.html?file=%2Ffiles%2Fqd-1.pdf"></iframe>
            <embed src="/files/qd-2.pdf"> <a href="javascript:print()">In</a> <a href="mailto:a@b.vn">Thư</a>
            </body></html>
            """;

        var links = LinkExtractor.Extract(html, Page, false).Select(l => l.Url.ToString()).ToList();

        Assert.Equal(["https://x.gov.vn/van-ban/1.html", "https://x.gov.vn/files/qd-1.pdf", "https://x.gov.vn/files/qd-2.pdf"], links);
    }

    [Fact]
    public void Extract_MarksPagination_ByRelPagerOrPageNumbers()
    {
        const string html = """
            <a href="?page=2" rel="next">›</a>
            <ul class="phantrang"><li><a href="danh-sach.aspx?page=3">3</a></li></ul>
            <a href="danh-sach.aspx?page=4">Trang sau</a>
            <a href="/van-ban/5.html">5</a>
            """;

        var links = LinkExtractor.Extract(html, Page, false).ToDictionary(l => l.Url.PathAndQuery, l => l.IsPagination);

        Assert.True(links["/van-ban/danh-sach.aspx?page=2"]);
        Assert.True(links["/van-ban/danh-sach.aspx?page=3"]);
        Assert.True(links["/van-ban/danh-sach.aspx?page=4"]);
        Assert.False(links["/van-ban/5.html"]);
    }
}
