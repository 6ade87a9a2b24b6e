using System.Globalization;
using System.Net;
using System.Text;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Crawler.Tests.Support;

/// <summary>
/// The fictional Sở Tư pháp tỉnh Hòa Phong portal, written for these tests: what it holds and what a
/// crawl of it must end with.
/// </summary>
public static class TestSiteContent
{
    /// <summary>The URLs (path and query) whose documents a complete crawl ingests.</summary>
    public static readonly string[] Documents =
    [
        "/tin-tuc/1.html", "/van-ban/quyet-dinh-01.html", "/van-ban/quyet-dinh-02.html", "/van-ban/quyet-dinh-03.html",
        "/van-ban/ke-hoach-04.html", "/van-ban/thong-bao-06.html", "/van-ban/cong-van-07.html", "/busy.html",
        "/files/qd-01.pdf", "/files/qd-02.docx", "/files/cv-03.doc", "/files/bao-cao-05.pdf",
    ];

    /// <summary>Fills <paramref name="site"/>; robots.txt asks for <paramref name="crawlDelay"/> seconds between requests.</summary>
    public static async Task FillAsync(TestSite site, double crawlDelay)
    {
        var b = site.BaseUrl.ToString().TrimEnd('/');
        site.Put("/robots.txt", Encoding.UTF8.GetBytes($"""
            # Sở Tư pháp tỉnh Hòa Phong
            User-agent: BadBot
            Disallow: /

            User-agent: *
            Disallow: /private/
            Crawl-delay: {crawlDelay.ToString(CultureInfo.InvariantCulture)}

            Sitemap: {b}/sitemap.xml
            """), "text/plain");
        site.Put("/sitemap.xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{b}/sitemap-van-ban.xml</loc></sitemap>
            </sitemapindex>
            """), "application/xml");
        site.Put("/sitemap-van-ban.xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>{b}/van-ban/quyet-dinh-01.html</loc><lastmod>2024-05-06</lastmod></url>
              <url><loc>{b}/van-ban/thong-bao-06.html</loc></url>
            </urlset>
            """), "application/xml");

        site.Put("/", Page("Sở Tư pháp tỉnh Hòa Phong", """
            <ul>
              <li><a href="/van-ban/da-go.html">Văn bản đã gỡ</a> <a href="/missing.html">Quyết định cũ</a></li>
              <li><a href="/broken.html">Báo cáo lỗi</a></li>
              <li><a href="/busy.html">Thông báo lịch tiếp công dân</a></li>
              <li><a href="/loop-a">Trang chuyển hướng</a></li>
              <li><a href="/slow.html">Trang chậm</a></li>
              <li><a href="/files/huge.pdf">Tập tin rất lớn</a></li>
              <li><a href="/redirect-old.html">Quyết định (địa chỉ cũ)</a></li>
              <li><a href="/anh/logo.png"><img src="/anh/logo.png" alt="logo"></a></li>
              <li><a href="mailto:stp@hoaphong.gov.vn">Liên hệ</a> <a href="javascript:void(0)">In trang</a></li>
            </ul>
            """));
        site.Put("/van-ban?page=1", Page("Văn bản quy phạm pháp luật", """
            <ul>
              <li><a href="/van-ban/quyet-dinh-01.html">Quyết định số 12/2024/QĐ-UBND</a></li>
              <li><a href="/van-ban/quyet-dinh-01.html#noi-dung">Quyết định số 12/2024/QĐ-UBND (nội dung)</a></li>
              <li><a href="/van-ban/quyet-dinh-02.html?utm_source=zalo&utm_medium=share">Quyết định số 13/2024/QĐ-UBND</a></li>
            </ul>
            <div class="pagination"><span>1</span> <a href="/van-ban?page=2">2</a> <a href="/van-ban?utm_campaign=x&page=2">Trang sau »</a></div>
            """));
        site.Put("/van-ban?page=2", Page("Văn bản quy phạm pháp luật — trang 2", """
            <ul>
              <li><a href="/van-ban/quyet-dinh-03.html">Công văn số 45/STP-XDPL</a></li>
              <li><a href="http://127.0.0.1:1/ngoai-pham-vi.html">Cổng thông tin khác</a></li>
              <li><a href="/van-ban/ke-hoach-04.html?fbclid=abc">Kế hoạch số 30/KH-UBND</a></li>
              <li><a href="/van-ban/cong-van-07.html">Công văn số 07/STP-VP (trang cũ, mã Windows-1258)</a></li>
            </ul>
            <div class="pagination"><a href="/van-ban?page=1">1</a> <span>2</span></div>
            """));

        site.Put("/tin-tuc/1.html", Document("Tin tức", "Hội nghị triển khai công tác theo dõi thi hành pháp luật năm 2024",
            ["Ngày 10/4/2024, Sở Tư pháp tỉnh Hòa Phong tổ chức hội nghị triển khai công tác theo dõi tình hình thi hành pháp luật năm 2024."], null));
        site.Put("/van-ban/quyet-dinh-01.html", Document("Quyết định", "Quyết định số 12/2024/QĐ-UBND ban hành Quy chế theo dõi tình hình thi hành pháp luật",
            Decision("12/2024/QĐ-UBND", "Ban hành Quy chế theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong", "Các sở, ban, ngành báo cáo trước ngày 15 tháng 11 hằng năm."),
            "/files/qd-01.pdf"));
        site.Put("/van-ban/quyet-dinh-02.html", Document("Quyết định", "Quyết định số 13/2024/QĐ-UBND về kiểm tra tình hình thi hành pháp luật",
            Decision("13/2024/QĐ-UBND", "Quy định việc kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính", "Đoàn kiểm tra làm việc tại ít nhất ba huyện mỗi năm."),
            "/files/qd-02.docx"));
        site.Put("/van-ban/quyet-dinh-03.html", Document("Công văn", "Công văn số 45/STP-XDPL về việc góp ý dự thảo",
            ["Sở Tư pháp đề nghị các cơ quan gửi ý kiến góp ý dự thảo Quyết định trước ngày 20 tháng 6 năm 2024."], "/files/cv-03.doc"));
        PutPlan(site, "Các cơ quan gửi báo cáo về Sở Tư pháp trước ngày 30 tháng 11 năm 2024.");
        site.Put("/van-ban/thong-bao-06.html", Document("Thông báo", "Thông báo số 06/TB-STP về lịch kiểm tra",
            ["Sở Tư pháp thông báo lịch kiểm tra công tác theo dõi thi hành pháp luật quý III năm 2024."], null));
        // An old page saved in Windows-1258 and served as text/html with no charset anywhere: the bytes decide.
        site.Put("/van-ban/cong-van-07.html", Windows1258.GetBytes(Document("Công văn", "Công văn số 07/STP-VP về việc rà soát văn bản",
            ["Sở Tư pháp đề nghị các phòng rà soát văn bản quy phạm pháp luật hết hiệu lực."], null).Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)), "text/html");
        site.Put("/busy.html", Document("Thông báo", "Thông báo lịch tiếp công dân của Sở Tư pháp",
            ["Sở Tư pháp tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở cơ quan."], null));
        site.Put("/private/noi-bo.html", Document("Nội bộ", "Tài liệu nội bộ", ["Không được thu thập."], null));

        site.Put("/files/qd-01.pdf", await ChromiumPdf.FromParagraphsAsync(Decision("12/2024/QĐ-UBND", "Ban hành Quy chế theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Hòa Phong", "Các sở, ban, ngành báo cáo trước ngày 15 tháng 11 hằng năm.")), "application/pdf");
        site.Put("/files/bao-cao-05.pdf", await ChromiumPdf.FromParagraphsAsync("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "Số: 88/BC-UBND", "BÁO CÁO", "Tình hình thi hành pháp luật năm 2023",
            "Năm 2023, các sở, ban, ngành đã tổ chức thi hành pháp luật nghiêm túc; còn 03 quy định chồng chéo cần sửa đổi."), "text/html; charset=utf-8");
        var docx = new DocxBuilder();
        foreach (var p in Decision("13/2024/QĐ-UBND", "Quy định việc kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính", "Đoàn kiểm tra làm việc tại ít nhất ba huyện mỗi năm."))
        {
            docx.Paragraph(p);
        }

        site.Put("/files/qd-02.docx", docx.Build(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        site.Put("/files/cv-03.doc", Encoding.ASCII.GetBytes(@"{\rtf1\ansi S\u7903? T\u432?ph\u225?p \u273?\u7873? ngh\u7883? g\u243?p \u253? ki\u7871?n d\u7921? th\u7843?o.\par}"), "application/msword");
    }

    /// <summary>The plan page, whose deadline the tests change between two crawls.</summary>
    public static void PutPlan(TestSite site, string deadline) =>
        site.Put("/van-ban/ke-hoach-04.html", Document("Kế hoạch", "Kế hoạch số 30/KH-UBND theo dõi tình hình thi hành pháp luật năm 2024",
            ["ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "Số: 30/KH-UBND", "KẾ HOẠCH", "Theo dõi tình hình thi hành pháp luật năm 2024", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nắm tình hình thi hành pháp luật.", "II. THỜI HẠN", deadline],
            "/files/bao-cao-05.pdf"));

    private static string[] Decision(string number, string title, string duty) =>
    [
        "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "Số: " + number, "Hòa Phong, ngày 15 tháng 3 năm 2024", "QUYẾT ĐỊNH", title,
        "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;",
        "Điều 1. Phạm vi điều chỉnh", "Quyết định này quy định việc theo dõi tình hình thi hành pháp luật của các sở, ban, ngành.",
        "Điều 2. Trách nhiệm", duty, "Điều 3. Hiệu lực thi hành", "Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2024.",
    ];

    private static string Document(string section, string title, string[] paragraphs, string? attachment)
    {
        var body = new StringBuilder($"<article><h1>{WebUtility.HtmlEncode(title)}</h1>\n");
        foreach (var p in paragraphs)
        {
            body.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        }

        if (attachment is not null)
        {
            body.Append($"<p>Tệp đính kèm: <a href=\"{attachment}\">{WebUtility.HtmlEncode(Path.GetFileName(attachment))}</a></p>\n");
        }

        return Page(section + " — " + title, body.Append("</article>").ToString());
    }

    private static string Page(string title, string main) => $"""
        <!doctype html>
        <html lang="vi"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head>
        <body>
          <header><a href="/">Trang chủ</a> | <a href="/van-ban?page=1">Văn bản</a> | <a href="/tin-tuc/1.html">Tin tức</a> | <a href="/private/noi-bo.html">Nội bộ</a></header>
          <main>{main}</main>
          <footer>Sở Tư pháp tỉnh Hòa Phong — <a href="/Tin-Tuc/1.html#top">Tin mới</a></footer>
        </body></html>
        """;
}
