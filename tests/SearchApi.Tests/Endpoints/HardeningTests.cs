using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using LawMonitor.Indexer.Tests.Support.Files;
using LawMonitor.SearchApi.Security;
using Microsoft.Extensions.DependencyInjection;
using LawMonitor.SearchApi.Background;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// The faults found when the running service was attacked, each reproduced over real HTTP: a truncated
/// multipart body, an oversized search, a wrong Content-Type, a weak ETag, a forged Host header in the feed, a
/// single file over the limit, an OCR upload whose client gave up.
/// </summary>
public sealed class HardeningTests(SmallLimitsService service) : IClassFixture<SmallLimitsService>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private HttpClient As(Role role)
    {
        var client = new HttpClient { BaseAddress = service.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.CreateToken(role));
        return client;
    }

    /// <summary>Sends raw bytes over a socket and reads the status line: HttpClient will not send a body shorter than its Content-Length.</summary>
    private async Task<(int Status, string Body)> Raw(string head, byte[] body, bool closeEarly)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(service.Client.BaseAddress!.Host, service.Client.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        if (closeEarly)
        {
            socket.Client.Shutdown(SocketShutdown.Send);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        string text;
        try
        {
            text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (IOException) when (closeEarly)
        {
            text = ""; // the server may reset a connection whose client stopped sending: nobody to answer
        }

        return (text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) : 0, text);
    }

    [Fact]
    public async Task ATruncatedMultipartBody_Is400NamingTheFiles_Not500()
    {
        const string Boundary = "----lm-ranh-gioi";
        var body = Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"qd.txt\"\r\nContent-Type: text/plain\r\n\r\nĐiều 1. Phạm vi điều chỉnh của quy chế này");
        var token = service.CreateToken(Role.Analyst);

        // The body as sent, without its closing boundary, declared at its own length (the client simply stopped).
        var head = $"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: multipart/form-data; boundary={Boundary}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        var (status, text) = await Raw(head, body, closeEarly: false);

        Assert.Equal(400, status);
        Assert.Contains("application/problem+json", text, StringComparison.Ordinal);
        Assert.Contains("\"files\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);

        // Declared longer than what arrives and the connection closed mid-part: the client is gone, so nobody is
        // answered (0), but nothing fails on the server and it goes on serving.
        var longer = head.Replace($"Content-Length: {body.Length}", $"Content-Length: {body.Length + 500}", StringComparison.Ordinal);
        var (cutStatus, _) = await Raw(longer, body, closeEarly: true);
        Assert.True(cutStatus is 0 or 400, $"status {cutStatus}");
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ASingleFileOverThePerFileLimit_Is413_AsTheReadmeSays()
    {
        using var analyst = As(Role.Analyst);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[2 * 1024 * 1024]), "files", "qua-lon.pdf" } };

        using var response = await analyst.PostAsync("/api/documents", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await Json(response);
        Assert.Contains("qua-lon.pdf", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ingest:MaxFileMegabytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchBodyOver256KB_Is413_AndALongQueryIsNotEchoedWhole()
    {
        var huge = JsonContent.Create(new { q = new string('a', 300 * 1024) });
        using var refused = await service.Viewer.PostAsync("/api/search", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var query = string.Join(' ', Enumerable.Repeat("phối hợp", 5000));
        using var accepted = await service.Viewer.PostAsJsonAsync("/api/search", new { q = query });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var answer = await Json(accepted);
        Assert.True(answer.GetProperty("query").GetString()!.Length <= Indexer.Search.Query.QueryParser.MaxQueryLength + 1);
        Assert.Contains(answer.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("quá dài", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/findings", "text/plain")]
    [InlineData("/api/findings", null)]
    [InlineData("/api/auth/login", "application/x-www-form-urlencoded")]
    [InlineData("/api/auth/login", null)]
    [InlineData("/api/documents", "application/json")]
    [InlineData("/api/search", "text/plain")]
    public async Task AWrongOrMissingContentType_Is415NamingTheExpectedOne_Or401FirstForAnAnonymousCaller(string path, string? contentType)
    {
        HttpContent Body()
        {
            var content = new ByteArrayContent("{\"name\":\"a\",\"password\":\"b\"}"u8.ToArray());
            content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
            return content;
        }

        using var analyst = As(Role.Analyst);
        using var signedIn = await analyst.PostAsync(path, Body());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, signedIn.StatusCode);
        var problem = await Json(signedIn);
        Assert.Equal("https://lawmonitor.example/problems/unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Contains(path == "/api/documents" ? "multipart/form-data" : "application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var anonymous = await service.Client.PostAsync(path, Body());
        var expected = path is "/api/auth/login" ? HttpStatusCode.UnsupportedMediaType : HttpStatusCode.Unauthorized;
        if (path == "/api/search")
        {
            expected = HttpStatusCode.Unauthorized; // search is not public on this service
        }

        Assert.Equal(expected, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);

        using var viewer = await service.Viewer.PostAsync(path, Body());
        Assert.Equal(path is "/api/findings" or "/api/documents" ? HttpStatusCode.Forbidden : HttpStatusCode.UnsupportedMediaType, viewer.StatusCode);
    }

    [Fact]
    public async Task AnUnknownApiAddress_IsStill404()
    {
        using var response = await service.Viewer.PostAsync("/api/khong-co", new StringContent("x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no such API endpoint", (await Json(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A JSON body to an id that is not a number: the address is wrong, not the body's type.
        using var analyst = As(Role.Analyst);
        using var notANumber = new HttpRequestMessage(HttpMethod.Patch, "/api/findings/khong-phai-so") { Content = JsonContent.Create(new { description = "x" }) };
        notANumber.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.SendAsync(notANumber)).StatusCode);
    }

    [Fact]
    public async Task AWeakETag_NeverMatchesIfMatch()
    {
        using var analyst = As(Role.Analyst);
        var created = await analyst.PostAsJsonAsync("/api/findings", new { @class = "overlap", description = "Hai quy chế cùng quy định thời hạn gửi báo cáo." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetInt64();
        var etag = created.Headers.ETag!.Tag;

        using var weak = new HttpRequestMessage(HttpMethod.Patch, $"/api/findings/{id}") { Content = JsonContent.Create(new { description = "Sửa bằng ETag yếu." }) };
        weak.Headers.TryAddWithoutValidation("If-Match", "W/" + etag);
        using var refused = await analyst.SendAsync(weak);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);

        using var strong = new HttpRequestMessage(HttpMethod.Patch, $"/api/findings/{id}") { Content = JsonContent.Create(new { description = "Sửa bằng ETag đúng." }) };
        strong.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.OK, (await analyst.SendAsync(strong)).StatusCode);
    }

    [Fact]
    public async Task TheFeedsLinks_DoNotComeFromTheHostHeader()
    {
        using var analyst = As(Role.Analyst);
        var saved = await Json(await analyst.PostAsJsonAsync("/api/alerts/saved-searches", new { query = "phối hợp", name = "Phối hợp" }));
        using var request = new HttpRequestMessage(HttpMethod.Get, saved.GetProperty("feedUrl").GetString());
        request.Headers.Host = "evil.example";

        using var feed = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var self = XDocument.Parse(text).Root!.Elements(ns + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.StartsWith("/api/alerts/saved-searches/", (string)self.Attribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOcrUpload_WhoseClientGaveUp_IsStillIngested()
    {
        var printed = await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs.Select(p => p.Replace("12/2019/QĐ-UBND", "77/2026/QĐ-UBND", StringComparison.Ordinal)).ToArray());
        var scan = PdfBuilder.FromImages(GrayImage.Render(printed, dpi: 200), dpi: 200);
        using var analyst = As(Role.Analyst);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(scan), "files", "ban-quet.pdf" } };
        var detection = service.Services.GetRequiredService<DetectionRunner>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await detection.WhenIdleAsync(timeout.Token);
        var runs = detection.Completed;
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(800));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analyst.PostAsync("/api/documents", form, impatient.Token));

        await detection.WhenCompletedAsync(runs + 1, timeout.Token); // the batch stored its document, then asked the detectors for a run
        var numbers = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("77/2026/QĐ-UBND")));
        Assert.True(numbers.GetProperty("totalHits").GetInt64() > 0, "the scanned decision was not stored after its client gave up");
    }
}
