using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// A viewer can write nothing: every write operation the OpenAPI document lists (POST, PUT, PATCH, DELETE) is
/// sent with a viewer's token and must be refused with 403 — so a write endpoint added later is covered
/// without anyone remembering to. Not refused by design: signing in and out, and a viewer's own alert
/// subscriptions (their saved searches, watches and read marks, which nobody else sees); and POST /api/search,
/// a search whose query is too long for a URL.
/// </summary>
public sealed class ViewerWriteTests(RunningService service) : IClassFixture<RunningService>
{
    private static readonly string[] PersonalOrPublic = ["/api/auth/login", "/api/auth/logout", "/api/alerts/", "/api/search"];

    public static TheoryData<string, string> WriteOperations()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "openapi", "v1.json")))!;
        var data = new TheoryData<string, string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                if (method is "post" or "put" or "patch" or "delete" && !PersonalOrPublic.Any(p => path.StartsWith(p, StringComparison.Ordinal)))
                {
                    data.Add(method.ToUpperInvariant(), path);
                }
            }
        }

        return data;
    }

    [Fact]
    public void TheDocument_ListsTheWriteOperations() => Assert.True(WriteOperations().Count >= 20, $"only {WriteOperations().Count} write operations found");

    [Theory]
    [MemberData(nameof(WriteOperations))]
    public async Task AViewersToken_IsRefused(string method, string template)
    {
        var path = template.Replace("{id}", "1", StringComparison.Ordinal).Replace("{name}", "hoa-phong", StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = service.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.CreateToken(Role.Viewer));
        HttpContent body = path == "/api/documents"
            ? new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("QUYẾT ĐỊNH\nĐiều 1. Thử.")), "file", "thu.txt" } }
            : new StringContent("{}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body };
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
