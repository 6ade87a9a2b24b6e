using System.Text;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Parsing.Html;

public sealed class HtmlExtractorTests
{
    static HtmlExtractorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Portal = """
        <html><head><title>Quyết định 08/2021/QĐ-UBND - Cổng thông tin tỉnh Hòa Phong</title></head><body>
        <div id="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li></ul></div>
        <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a></div>
        <div class="fontsize">A- A A+</div>
        <div class="news-content">
          <h1>Quyết định ban hành Quy chế phối hợp theo dõi thi hành pháp luật</h1>
          <p>Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.</p>
          <p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p>
          <div class="share">Chia sẻ bài viết: Facebook Zalo</div>
        </div>
        <div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị tập huấn nghiệp vụ</a></li></ul></div>
        <div id="thongke">Thống kê truy cập<br>Đang truy cập: 12<br>Tổng lượt truy cập: 1.234.567</div>
        <div class="footer">Bản quyền thuộc Ủy ban nhân dân tỉnh Hòa Phong</div>
        </body></html>
        """;

    private static Task<Outcome<ExtractedDocument>> Extract(byte[] bytes, string name = "page.html", string? contentType = null) =>
        DocumentExtractor.ExtractAsync(new RawFile(name, bytes, contentType), IngestLimits.Default);

    [Fact]
    public async Task PortalChrome_IsLeftOut_AndTheArticleKept()
    {
        var result = await Extract(Encoding.UTF8.GetBytes(Portal));

        Assert.True(result.Succeeded, result.Error?.Message);
        var text = result.Value.Text;
        Assert.Contains("Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.", text, StringComparison.Ordinal);
        Assert.Contains("Điều 2.", text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Trang chủ", "Giới thiệu", "A- A A+", "Chia sẻ", "Tin liên quan", "Hội nghị tập huấn", "Thống kê truy cập", "Đang truy cập", "Bản quyền" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }

        Assert.Equal("Quyết định 08/2021/QĐ-UBND - Cổng thông tin tỉnh Hòa Phong", result.Value.TitleHint);
    }

    [Fact]
    public async Task BrokenMarkup_IsParsedTheWayBrowsersDo()
    {
        const string broken = "<html><body><div class=\"noidung\"><p>Điều 1. Phạm vi <b>điều chỉnh<p>Điều 2. Đối tượng <i>áp dụng</div><table><tr><td>ô không đóng";

        var result = await Extract(Encoding.UTF8.GetBytes(broken));

        Assert.True(result.Succeeded, result.Error?.Message);
        var lines = result.Value.Text.Split('\n');
        Assert.Contains("Điều 1. Phạm vi điều chỉnh", lines);
        Assert.Contains("Điều 2. Đối tượng áp dụng", lines);
    }

    [Fact]
    public async Task PageWithoutDeclaredCharset_InWindows1258_IsSniffed()
    {
        var bytes = Windows1258.GetBytes("<html><body><p>Điều 1. Quyết định này quy định việc theo dõi thi hành pháp luật của Ủy ban nhân dân tỉnh.</p></body></html>");

        var result = await Extract(bytes);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("Điều 1. Quyết định này quy định việc theo dõi thi hành pháp luật", result.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CharsetFromTheHttpHeader_WinsOverSniffing()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><p>Résumé des décisions de la province</p></body></html>");

        var result = await Extract(bytes, contentType: "text/html; charset=ISO-8859-1");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("Résumé des décisions", result.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetaCharset_IsHonoured()
    {
        var bytes = Windows1258.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body><p>Căn cứ Luật Tổ chức chính quyền địa phương</p></body></html>");

        var result = await Extract(bytes);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương", result.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageOfOnlyChrome_HasNoText()
    {
        var result = await Extract("<html><body><nav>Trang chủ</nav><script>var a = 1;</script></body></html>"u8.ToArray());

        Assert.False(result.Succeeded);
        Assert.Equal("no-text", result.Error.Code);
    }
}
