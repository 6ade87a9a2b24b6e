using System.IO.Compression;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Alerts;
using LawMonitor.SearchApi.Security;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Tests.Storage;

/// <summary>
/// Data folders written by earlier releases' own builds (<c>TestData/releases</c>, made by its
/// <c>make-fixtures.sh</c>) open in this build upgraded, with nothing lost.
/// </summary>
public sealed class ReleaseMigrationTests : IDisposable
{
    private static readonly string Releases = Path.Combine(SharedData.RepositoryRoot, "tests", "SearchApi.Tests", "TestData", "releases");

    private readonly TempDirectory folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private string Unzip(string name)
    {
        ZipFile.ExtractToDirectory(Path.Combine(Releases, name), folder.Path);
        return folder.Path;
    }

    /// <summary>A query on a file as it lies, before any store of this build touched it.</summary>
    private static List<string> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = Sql.Command(connection, null, sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static int UserVersion(string path) => int.Parse(Rows(path, "PRAGMA user_version")[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Tables and their columns (name, declared type, not-null, key), as a file's schema reads; columns by name (an upgrade adds them at the end, and every query names them).</summary>
    /// <summary>A file's tables with their columns, and its indexes by name and columns.</summary>
    private static List<string> Shape(string path) =>
        Rows(path, """
            SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || p.pk
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'unit_fts_%'
            UNION ALL
            SELECT 'index ' || m.name || ' on ' || m.tbl_name || '(' || (SELECT group_concat(i.name, ',') FROM pragma_index_info(m.name) i) || ')'
            FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL
            ORDER BY 1
            """);

    [Fact]
    public void TheReleaseBeforeStoreVersions_OpensUpgraded_WithDocumentsRegistersAccountsTokensAlertsAndCrawlKept()
    {
        var data = Unzip("release-6701f83.zip");
        var index = Path.Combine(data, LegalIndex.FileName);
        var documents = Rows(index, "SELECT doc_key, number FROM documents ORDER BY doc_key");
        var texts = Rows(index, "SELECT d.doc_key, group_concat(u.text, '') FROM (SELECT * FROM units ORDER BY doc_id, ord) u JOIN documents d ON d.id = u.doc_id GROUP BY d.doc_key ORDER BY d.doc_key");
        var versions = Rows(index, "SELECT doc_key, version, file_sha256 FROM document_versions ORDER BY doc_key, version");
        var citations = Rows(index, "SELECT count(*) FROM citations")[0];
        var findings = Rows(Path.Combine(data, MonitoringStore.FileName), "SELECT id, class, status FROM findings ORDER BY id");
        var history = Rows(Path.Combine(data, MonitoringStore.FileName), "SELECT count(*) FROM history")[0];
        var frontier = Rows(Path.Combine(data, CrawlStore.FileName), "SELECT run_id, url, state FROM frontier ORDER BY url");
        Assert.Equal(8, documents.Count);
        Assert.Single(Rows(index, "SELECT name FROM api_tokens"));
        Assert.Equal(0, UserVersion(index));

        var legal = LegalIndex.Open(data);
        var registers = MonitoringStore.Open(data);
        var accounts = new AccountStore(data, TimeProvider.System);
        var tokens = new ApiTokenStore(accounts, TimeProvider.System);
        var alerts = new AlertStore(data, TimeProvider.System);
        var crawl = CrawlStore.Open(data);
        DetectorUnitStore.Open(data);

        // Documents: every one, its text to the letter, its versions and original files, its citations; searchable.
        foreach (var (row, text) in documents.Zip(texts))
        {
            var key = row.Split('|')[0];
            Assert.Equal(text.Split('|', 2)[1], legal.Documents.Get(DocumentId.Create(key))!.Document.Text);
        }

        Assert.Equal(versions, Rows(index, "SELECT doc_key, version, file_sha256 FROM document_versions ORDER BY doc_key, version"));
        Assert.All(versions, v => Assert.True(File.Exists(RawFileStorePath(data, v.Split('|')[2])), v));
        Assert.Equal(citations, Rows(index, "SELECT count(*) FROM citations")[0]);
        var hit = new SearchEngine(legal).Search(new SearchRequest { Query = "quy che phoi hop theo doi thi hanh phap luat" });
        Assert.NotEmpty(hit.Hits);
        Assert.True(IndexVerifier.Verify(legal).Ok, string.Join("; ", IndexVerifier.Verify(legal).Problems));

        // Registers with their history; the account signs in; the token still opens the API; the saved search and the crawl remain.
        Assert.Equal(findings, registers.ListFindings().Select(f => $"{f.Id}|{f.Class}|{f.Status}").ToList());
        Assert.Equal(2, registers.ListRecommendations().Count);
        Assert.Equal(history, Rows(Path.Combine(data, MonitoringStore.FileName), "SELECT count(*) FROM history")[0]);
        Assert.NotEmpty(registers.History(MonitoringStore.RecommendationEntity, registers.ListRecommendations()[0].Id.Value));
        Assert.Equal(Role.Admin, accounts.Verify("quan.tri", "mật-khẩu-quản-trị-2026").Account?.Role);
        var secret = File.ReadAllText(Path.Combine(Releases, "release-6701f83-token.txt")).Trim();
        Assert.Equal(("he-thong-bao-cao", Role.Analyst), tokens.Find(secret) is { } token ? (token.Name, token.Role) : default);
        Assert.Empty(Rows(index, "SELECT name FROM sqlite_master WHERE name = 'api_tokens'")); // handed over, not kept twice
        Assert.Equal("gửi báo cáo trước ngày 15 tháng 11", Assert.Single(alerts.Searches()).Query);
        Assert.Equal(frontier, Rows(Path.Combine(data, CrawlStore.FileName), "SELECT run_id, url, state FROM frontier ORDER BY url"));
        Assert.NotNull(crawl.GetRun(long.Parse(frontier[0].Split('|')[0], System.Globalization.CultureInfo.InvariantCulture)));

        // Every file now carries its version, and has the shape a new file of this build has.
        using var fresh = new TempDirectory();
        LegalIndex.Open(fresh.Path);
        MonitoringStore.Open(fresh.Path);
        _ = new AccountStore(fresh.Path, TimeProvider.System);
        _ = new AlertStore(fresh.Path, TimeProvider.System);
        CrawlStore.Open(fresh.Path);
        DetectorUnitStore.Open(fresh.Path);
        foreach (var file in new[] { LegalIndex.FileName, MonitoringStore.FileName, AccountStore.FileName, AlertStore.FileName, CrawlStore.FileName, DetectorUnitStore.FileName })
        {
            Assert.Equal(UserVersion(Path.Combine(fresh.Path, file)), UserVersion(Path.Combine(data, file)));
            Assert.True(UserVersion(Path.Combine(data, file)) > 0, file);
            Assert.Equal(Shape(Path.Combine(fresh.Path, file)), Shape(Path.Combine(data, file)));
        }
    }

    [Fact]
    public void AnIndexOfSchemaOne_FromItsRelease_IsUpgradedStepByStep_AndSearchesAsANewOneWould()
    {
        var data = Unzip("schema-1-index.zip");
        var index = Path.Combine(data, LegalIndex.FileName);
        Assert.Equal(["1"], Rows(index, "SELECT value FROM meta WHERE key = 'schema_version'"));

        var legal = LegalIndex.Open(data);

        Assert.Equal(IndexSchema.Store.Version, UserVersion(index));
        Assert.Contains("Các sở gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.", legal.Documents.Get(DocumentId.Create("qd-1-2019"))!.Document.Text, StringComparison.Ordinal);
        var hit = new SearchEngine(legal).Search(new SearchRequest { Query = "bao cao truoc ngay 15 thang 11" }).Hits[0];
        Assert.Equal(("qd-1-2019", "Điều 2"), (hit.DocumentId.Value, hit.Path.ToString()));
        Assert.True(IndexVerifier.Verify(legal).Ok, string.Join("; ", IndexVerifier.Verify(legal).Problems));
        using var fresh = new TempDirectory();
        LegalIndex.Open(fresh.Path);
        Assert.Equal(Shape(Path.Combine(fresh.Path, LegalIndex.FileName)), Shape(index).Where(c => !c.StartsWith("api_tokens.", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnIndexOfSchemaTwo_HandsItsTokensToTheAccountsStore_WhichTheCliAndTheApiRead()
    {
        var data = Unzip("schema-2-index.zip");
        var secret = File.ReadAllText(Path.Combine(Releases, "schema-2-token.txt")).Trim();
        Assert.False(File.Exists(Path.Combine(data, AccountStore.FileName)));

        var legal = LegalIndex.Open(data); // the index alone upgrades and keeps the tokens for the accounts store
        Assert.Single(Rows(Path.Combine(data, LegalIndex.FileName), "SELECT name FROM api_tokens"));
        var tokens = new ApiTokenStore(new AccountStore(data, TimeProvider.System), TimeProvider.System);

        Assert.Equal("may-tich-hop", tokens.Find(secret)?.Name);
        Assert.Empty(Rows(Path.Combine(data, LegalIndex.FileName), "SELECT name FROM sqlite_master WHERE name = 'api_tokens'"));
        Assert.Equal(2, legal.Documents.ContentHashes().Count);
        Assert.Equal(2, Rows(Path.Combine(data, LegalIndex.FileName), "SELECT doc_key FROM documents WHERE effect_detail IS NOT NULL").Count); // added by the 2 -> 3 step, decided by the 6 -> 7 step
    }

    /// <summary>What a data folder of a release since store versions holds, as its files lie: documents, versions, citations, registers with their history, the crawl frontier.</summary>
    private static List<string>[] Holdings(string data)
    {
        var index = Path.Combine(data, LegalIndex.FileName);
        var registers = Path.Combine(data, MonitoringStore.FileName);
        return
        [
            Rows(index, "SELECT doc_key, content_hash FROM documents ORDER BY doc_key"),
            Rows(index, "SELECT doc_key, version, file_sha256 FROM document_versions ORDER BY doc_key, version"),
            Rows(index, "SELECT doc_key, ord, target_key, target_path FROM citations ORDER BY doc_key, ord"),
            Rows(registers, "SELECT id, class, status, version FROM findings ORDER BY id"),
            Rows(registers, "SELECT id, status, version FROM recommendations ORDER BY id"),
            Rows(registers, "SELECT id, status, version FROM tasks ORDER BY id"),
            Rows(registers, "SELECT id, status, version FROM obligations ORDER BY id"),
            Rows(registers, "SELECT count(*) FROM history"),
            Rows(Path.Combine(data, CrawlStore.FileName), "SELECT run_id, url, state FROM frontier ORDER BY url"),
        ];
    }

    /// <summary>Opens every store of <paramref name="data"/> with this build, as the service does at start.</summary>
    private static LegalIndex OpenAll(string data)
    {
        var legal = LegalIndex.Open(data);
        MonitoringStore.Open(data);
        _ = new AccountStore(data, TimeProvider.System);
        _ = new AlertStore(data, TimeProvider.System);
        CrawlStore.Open(data);
        DetectorUnitStore.Open(data);
        return legal;
    }

    /// <summary>The people's side of a release's folder (<c>make-fixtures.sh</c>'s <c>release</c>): the admin signs in, the token opens, the saved search and the body watch remain.</summary>
    private static void AssertAccountsTokensAndAlertsKept(string data, string release)
    {
        var accounts = new AccountStore(data, TimeProvider.System);
        var tokens = new ApiTokenStore(accounts, TimeProvider.System);
        var alerts = new AlertStore(data, TimeProvider.System);
        Assert.Equal(Role.Admin, accounts.Verify("quan.tri", "mật-khẩu-quản-trị-2026").Account?.Role);
        var secret = File.ReadAllText(Path.Combine(Releases, release + "-token.txt")).Trim();
        Assert.Equal(("he-thong-bao-cao", Role.Analyst), tokens.Find(secret) is { } token ? (token.Name, token.Role) : default);
        Assert.Equal("gửi báo cáo trước ngày 15 tháng 11", Assert.Single(alerts.Searches()).Query);
        Assert.Equal("Sở Tư pháp", Assert.Single(alerts.BodyWatches()).Body);
    }

    [Fact]
    public void TheReleaseBeforeStoredProvisionTrees_OpensUpgraded_WithEverythingKept_AndEachTreeStoredAsParsed()
    {
        var data = Unzip("release-6474fbf.zip");
        var index = Path.Combine(data, LegalIndex.FileName);
        Assert.Equal(4, UserVersion(index));
        var before = Holdings(data);
        Assert.All(before, rows => Assert.NotEmpty(rows)); // documents … tasks, duties, frontier: the fixture holds each

        var legal = OpenAll(data);

        // Each document's tree is stored, and is what parsing its text gives.
        Assert.Equal(IndexSchema.Store.Version, UserVersion(index));
        Assert.Equal(before, Holdings(data));
        Assert.Empty(Rows(index, "SELECT doc_key FROM documents WHERE structure IS NULL"));
        foreach (var key in before[0].Select(d => d.Split('|')[0]))
        {
            var id = DocumentId.Create(key);
            var text = legal.Documents.Get(id)!.Document.Text;
            Assert.Equal(
                Indexer.Storage.Rows.StructureCodec.Encode(Indexer.Legal.StructureParser.Parse(text)),
                Indexer.Storage.Rows.StructureCodec.Encode(legal.Documents.Structure(id)!));
        }

        Assert.Contains("\"status\":\"Unknown\"", Rows(index, "SELECT metadata FROM document_versions")[0], StringComparison.Ordinal); // as that release wrote enums
        Assert.All(before[0], d => Assert.Equal(EffectStatus.Unknown, legal.Documents.Versions(DocumentId.Create(d.Split('|')[0]))[^1].Metadata.Status)); // and still read
        Assert.True(IndexVerifier.Verify(legal).Ok, string.Join("; ", IndexVerifier.Verify(legal).Problems));
        var hit = new SearchEngine(legal).Search(new SearchRequest { Query = "gửi báo cáo về Sở Tư pháp trước ngày 10 tháng 11" }).Hits[0];
        Assert.StartsWith("Quy chế: Điều 6.", hit.MatchPath.ToString(), StringComparison.Ordinal); // the quy chế's clause, read from the tree stored by the upgrade
        Assert.Equal(before[5].Count, MonitoringStore.Open(data).ListTasks().Count);
        AssertAccountsTokensAndAlertsKept(data, "release-6474fbf");

        using var fresh = new TempDirectory();
        LegalIndex.Open(fresh.Path);
        Assert.Equal(Shape(Path.Combine(fresh.Path, LegalIndex.FileName)), Shape(index));
    }

    [Fact]
    public void TheReleaseBeforeCompressedVersionTexts_OpensUpgraded_WithEveryVersionsTextCompressedAndReadToTheLetter()
    {
        var data = Unzip("release-eb7866c.zip");
        var index = Path.Combine(data, LegalIndex.FileName);
        Assert.Equal(5, UserVersion(index));
        var before = Holdings(data);
        Assert.All(before, rows => Assert.NotEmpty(rows));
        var texts = Rows(index, "SELECT doc_key, version, text FROM document_versions WHERE typeof(text) = 'text' ORDER BY doc_key, version");
        var plainBytes = long.Parse(Rows(index, "SELECT sum(length(CAST(text AS BLOB))) FROM document_versions")[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before[1].Count, texts.Count); // that release stored each version's text as text

        var legal = OpenAll(data);

        Assert.Equal(IndexSchema.Store.Version, UserVersion(index));
        Assert.Equal(before, Holdings(data));
        Assert.Empty(Rows(index, "SELECT doc_key FROM document_versions WHERE typeof(text) <> 'blob'"));
        foreach (var row in texts)
        {
            var parts = row.Split('|', 3);
            var version = legal.Documents.Version(DocumentId.Create(parts[0]), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(parts[2], version!.Text);
        }

        var stored = long.Parse(Rows(index, "SELECT sum(length(text)) FROM document_versions")[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(stored * 2 < plainBytes, $"{stored} bytes stored for {plainBytes} of version text");
        Assert.True(IndexVerifier.Verify(legal).Ok, string.Join("; ", IndexVerifier.Verify(legal).Problems));
        Assert.NotEmpty(new SearchEngine(legal).Search(new SearchRequest { Query = "gửi báo cáo về Sở Tư pháp trước ngày 10 tháng 11" }).Hits);
        AssertAccountsTokensAndAlertsKept(data, "release-eb7866c");
        AssertEveryStoreShapedAsANewOne(data);
    }

    [Fact]
    public void TheReleaseBeforeEffectsByDay_OpensUpgraded_WithEverythingKept_AndEachDecisionInForceFromItsOwnDay()
    {
        var data = Unzip("release-d6b914d.zip");
        var index = Path.Combine(data, LegalIndex.FileName);
        Assert.Equal(6, UserVersion(index));
        var before = Holdings(data);
        Assert.All(before, rows => Assert.NotEmpty(rows));
        const string Effects = "SELECT doc_key, type, effective_date, effect FROM documents ORDER BY doc_key";
        var stored = Rows(index, Effects);
        Assert.Contains(stored, r => r.StartsWith("qd-21-2025-", StringComparison.Ordinal) && r.EndsWith("|Quyết định|2025-12-01|khong-ro", StringComparison.Ordinal)); // as that release decided it

        var legal = OpenAll(data);

        Assert.Equal(IndexSchema.Store.Version, UserVersion(index));
        Assert.Equal(before, Holdings(data));
        var decided = Rows(index, Effects).Select(r => r.Split('|')).ToList();
        Assert.Equal(stored.Count, decided.Count);
        foreach (var row in decided)
        {
            // A decision with its own day, which nothing ended, is in force from it; the repealed one stays ended; reports, plans and the undated page stay unknown.
            var expected = row[0].StartsWith("qd-12-2019-", StringComparison.Ordinal) ? "het-hieu-luc"
                : row[1] == "Quyết định" && row[2].Length > 0 ? "con-hieu-luc"
                : "khong-ro";
            Assert.True(expected == row[3], $"{row[0]}: {row[3]}, expected {expected}");
        }

        var current = legal.Documents.Get(DocumentId.Create(decided.Single(r => r[0].StartsWith("qd-21-2025-", StringComparison.Ordinal))[0]))!;
        Assert.Equal((EffectStatus.InForce, new DateOnly(2025, 12, 1)), (current.Effect.Status, current.Effect.InForceFrom));
        Assert.StartsWith("Có hiệu lực từ ngày 01/12/2025", current.Effect.Note, StringComparison.Ordinal);
        var inForce = new SearchEngine(legal).Search(new SearchRequest { Query = "quy chế phối hợp hieu-luc:con-hieu-luc" }).Hits;
        Assert.NotEmpty(inForce);
        Assert.All(inForce, h => Assert.Equal("Quyết định", h.Type));
        Assert.True(IndexVerifier.Verify(legal).Ok, string.Join("; ", IndexVerifier.Verify(legal).Problems));
        AssertAccountsTokensAndAlertsKept(data, "release-d6b914d");
        AssertEveryStoreShapedAsANewOne(data);
    }

    [Fact]
    public void TheReleaseBeforeDocumentsIndexedByWhen_OpensUpgraded_WithEverythingKept_AndListsTheLastIndexedFirst()
    {
        var data = Unzip("release-7aad6df.zip");
        var index = Path.Combine(data, LegalIndex.FileName);
        Assert.Equal(7, UserVersion(index));
        Assert.Empty(Rows(index, "SELECT name FROM sqlite_master WHERE name = 'documents_indexed'"));
        var before = Holdings(data);
        Assert.All(before, rows => Assert.NotEmpty(rows));
        var order = Rows(index, "SELECT doc_key FROM documents ORDER BY indexed_at DESC, id DESC");
        var letterhead = new AccountStore(data, TimeProvider.System).Letterhead; // set by that release's first start

        var legal = OpenAll(data);

        Assert.Equal(IndexSchema.Store.Version, UserVersion(index));
        Assert.Equal(before, Holdings(data));
        Assert.Equal(["documents_indexed"], Rows(index, "SELECT name FROM sqlite_master WHERE name = 'documents_indexed'"));
        Assert.Equal(order, legal.Documents.Recent(order.Count).Select(d => d.Document.Id.Value).ToList());
        Assert.Equal(order.Take(5), legal.Documents.Recent(5).Select(d => d.Document.Id.Value));
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", letterhead?.ParentBody);
        var kept = new AccountStore(data, TimeProvider.System).Letterhead!;
        Assert.Equal((letterhead!.Body, letterhead.Place, letterhead.Signer), (kept.Body, kept.Place, kept.Signer));
        Assert.Equal(letterhead.SignerTitle, kept.SignerTitle);
        Assert.True(IndexVerifier.Verify(legal).Ok, string.Join("; ", IndexVerifier.Verify(legal).Problems));
        AssertAccountsTokensAndAlertsKept(data, "release-7aad6df");
        AssertEveryStoreShapedAsANewOne(data);
    }

    /// <summary>Every store of <paramref name="data"/> at the version and with the tables, columns and indexes a new folder's store has.</summary>
    private static void AssertEveryStoreShapedAsANewOne(string data)
    {
        using var fresh = new TempDirectory();
        OpenAll(fresh.Path);
        foreach (var file in new[] { LegalIndex.FileName, MonitoringStore.FileName, AccountStore.FileName, AlertStore.FileName, CrawlStore.FileName, DetectorUnitStore.FileName })
        {
            Assert.Equal(UserVersion(Path.Combine(fresh.Path, file)), UserVersion(Path.Combine(data, file)));
            Assert.Equal(Shape(Path.Combine(fresh.Path, file)), Shape(Path.Combine(data, file)));
        }
    }

    private static string RawFileStorePath(string data, string sha256) => Path.Combine(data, "raw", sha256[..2], sha256);
}
