using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;
using Xunit.Abstractions;

namespace LawMonitor.SearchApi.Tests.Fuzzing;

/// <summary>
/// The schema-driven fuzzer: it walks every operation of the checked-in OpenAPI document (so a new endpoint is
/// covered without being listed) and sends the <see cref="RequestFuzzer"/>'s requests as an anonymous caller, a
/// viewer and an analyst, to the real service. It asserts that no answer is a 5xx, that every error is a
/// problem document, that nothing below an operation's role (<c>x-lawmonitor-role</c>) gets a success, and
/// that the registers, documents, sources, accounts and settings are unchanged by callers who may not change
/// them. Seeded (<c>LAWMONITOR_FUZZ_SEED</c>, printed with every failure) and bounded; the counts are written
/// to <c>artifacts/fuzz/report.txt</c>, which the test command prints.
/// </summary>
public sealed class ApiFuzzTests(RunningService service, ITestOutputHelper output) : IClassFixture<RunningService>
{
    private static readonly string[] Ranks = ["anonymous", "viewer", "analyst", "admin"];

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("LAWMONITOR_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20_261_203;

    [Fact]
    public async Task EveryOperation_AsAnonymousViewerAndAnalyst_AnswersWithoutA5xx_WithProblemDocuments_AndWritesNothingWithoutTheRole()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(SharedData.RepositoryRoot, "docs", "openapi", "v1.json")))!.AsObject();
        var operations = OpenApiOperation.All(document);
        Assert.True(operations.Count >= 50, $"{operations.Count} operations");
        Assert.DoesNotContain(operations, o => !Ranks.Contains(o.Role)); // every operation says who may call it

        using var admin = Client(service.CreateToken(Role.Admin));
        var known = await KnownValues(admin);
        var failures = new ConcurrentQueue<string>();
        var counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"API fuzzer, seed {Seed}: {operations.Count} operations of docs/openapi/v1.json\n");
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var role in new[] { "anonymous", "viewer", "analyst" })
        {
            using var client = role == "anonymous" ? Client(null) : Client(service.CreateToken(role == "viewer" ? Role.Viewer : Role.Analyst));
            var before = await Fingerprint(admin, role);
            var fuzzer = new RequestFuzzer(new Random(Seed + Array.IndexOf(Ranks, role)), known);
            var cases = operations.SelectMany(o => fuzzer.Cases(o).Select(c => (Operation: o, Case: c))).ToList();
            await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, ct) =>
            {
                var problem = await SendAndCheck(client, role, item.Operation, item.Case, ct);
                counts.AddOrUpdate(role + " " + (problem.Status == -400 ? "400 from Kestrel" : problem.Status.ToString(CultureInfo.InvariantCulture)), 1, (_, n) => n + 1);
                if (problem.Failure is { } failure)
                {
                    failures.Enqueue($"[seed {Seed}, {role}] {item.Case}: {failure}");
                }
            });

            var after = await Fingerprint(admin, role);
            foreach (var (area, value) in before.Where(b => after[b.Key] != b.Value))
            {
                failures.Enqueue($"[seed {Seed}, {role}] {area} changed although a {role} may not change it:\nbefore {Cut(value)}\nafter  {Cut(after[area])}");
            }

            report.Append(CultureInfo.InvariantCulture, $"  {role}: {cases.Count} requests, ")
                .AppendJoin(", ", counts.Where(c => c.Key.StartsWith(role + " ", StringComparison.Ordinal)).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key[(role.Length + 1)..]}×{c.Value}"))
                .Append('\n');
        }

        report.Append(CultureInfo.InvariantCulture, $"  total {counts.Values.Sum()} requests in {started.Elapsed.TotalSeconds:F1} s, {failures.Count} failures\n");
        output.WriteLine(report.ToString());
        var folder = Directory.CreateDirectory(Path.Combine(SharedData.RepositoryRoot, "artifacts", "fuzz")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "report.txt"), report.ToString());
        Assert.True(failures.IsEmpty, $"{failures.Count} failures (replay with LAWMONITOR_FUZZ_SEED={Seed}):\n" + string.Join("\n", failures.Take(25)));
    }

    private HttpClient Client(string? token)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = service.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static async Task<(int Status, string? Failure)> SendAndCheck(HttpClient client, string role, OpenApiOperation operation, FuzzCase fuzz, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            using var request = fuzz.ToRequest();
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, $"no answer ({e.GetType().Name}: {e.Message})");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (status >= 500)
            {
                return (status, $"{status}: {Cut(body)}");
            }

            if (status == 400 && body.Length == 0 && response.Content.Headers.ContentType is null && fuzz.BreaksHttp)
            {
                // Kestrel itself refuses a NUL in the path or a control character in a header, before any of our code runs.
                return (-400, null);
            }

            if (status >= 400)
            {
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    return (status, $"{status} is not a problem document ({response.Content.Headers.ContentType?.MediaType ?? "no type"}): {Cut(body)}");
                }

                using var problem = JsonDocument.Parse(body);
                if (!problem.RootElement.TryGetProperty("type", out _) || problem.RootElement.GetProperty("status").GetInt32() != status)
                {
                    return (status, $"{status}: the problem document lacks its type or status: {Cut(body)}");
                }

                if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
                {
                    return (status, $"{status}: the problem document shows .NET internals: {Cut(body)}");
                }
            }

            if (status < 400 && Array.IndexOf(Ranks, operation.Role) > Array.IndexOf(Ranks, role))
            {
                return (status, $"{status}: a {role} succeeded at an operation for {operation.Role}");
            }

            return (status, null);
        }
    }

    /// <summary>Addresses that exist, so that the baseline of an operation reaches its real work: a document, a source.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> KnownValues(HttpClient admin)
    {
        var search = JsonDocument.Parse(await admin.GetStringAsync("/api/search?q=quy+che"));
        var sources = JsonDocument.Parse(await admin.GetStringAsync("/api/sources"));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["documents.id"] = search.RootElement.GetProperty("hits")[0].GetProperty("documentId").GetString()!,
            ["documents.version"] = "1",
            ["documents.from"] = "1",
            ["documents.to"] = "1",
        };
        if (sources.RootElement.GetArrayLength() > 0)
        {
            values["sources.name"] = sources.RootElement[0].GetProperty("name").GetString()!;
        }

        return values;
    }

    /// <summary>What each area holds, read as an admin, with the times that reading itself changes left out.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> Fingerprint(HttpClient admin, string role)
    {
        var areas = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sources"] = "/api/sources",
            ["users"] = "/api/users",
            ["tokens"] = "/api/admin/tokens",
            ["settings"] = "/api/admin/settings",
        };
        if (role != "analyst")
        {
            areas["documents"] = "/health";
            areas["findings"] = "/api/findings?pageSize=100";
            areas["recommendations"] = "/api/recommendations?size=100";
            areas["detection"] = "/api/detection/runs/latest";
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (area, path) in areas)
        {
            using var response = await admin.GetAsync(path);
            result[area] = $"{(int)response.StatusCode} {Stable(JsonNode.Parse(await response.Content.ReadAsStringAsync()))?.ToJsonString()}";
        }

        return result;
    }

    private static JsonNode? Stable(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(k => k.StartsWith("last", StringComparison.OrdinalIgnoreCase) || k == "today").ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, value) in obj)
                {
                    Stable(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Stable(item);
                }

                break;
        }

        return node;
    }

    private static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
