using System.IO.Compression;
using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Ingestion;

/// <summary>The whole path from files to the index: real extractors, a real SQLite index, a real raw file store.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly TempDirectory files = new();
    private readonly LegalIndex index;
    private readonly RawFileStore store;

    public IngestPipelineTests()
    {
        index = LegalIndex.Open(data.Path);
        store = new RawFileStore(data.Path);
    }

    public void Dispose()
    {
        files.Dispose();
        data.Dispose();
    }

    private static string Corpus(string name) => DemoCorpus.TextPath(name);

    private IngestPipeline Pipeline(IngestLimits? limits = null) => new(index, store, limits ?? IngestLimits.Default) { BatchFiles = 3 };

    private async Task<IReadOnlyList<IngestResult>> Ingest(params string[] paths) =>
        await Pipeline().IngestAsync(paths.Select(p => IngestInput.FromFile(p, "test")));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(files.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private SearchResult Search(string query) => new SearchEngine(index).Search(new SearchRequest { Query = query });

    [Fact]
    public async Task ADocumentsVersionAndItsIndexingAreStampedOnThePipelinesClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var pipeline = new IngestPipeline(index, store, IngestLimits.Default, clock);
        var path = Write("qd-12.txt", await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt")));

        var result = Assert.Single(await pipeline.IngestAsync([IngestInput.FromFile(path, "test")]));

        var id = result.DocumentId!.Value;
        Assert.Equal(clock.GetUtcNow(), index.Documents.LatestVersion(id)!.IngestedAt);
        Assert.Equal(clock.GetUtcNow(), index.Documents.Get(id, withText: false)!.IndexedAt); // one clock, not the machine's
    }

    [Fact]
    public async Task MixedBatch_GoodFilesAreIndexed_AndEachBadFileGetsItsOwnError()
    {
        var pdf = await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs);
        var paths = new[]
        {
            Write("qd-12.txt", await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt"))),
            Write("empty.pdf", []),
            Write("cut.pdf", pdf[..(pdf.Length / 2)]),
            Write("locked.pdf", PdfBuilder.PasswordProtected()),
            Write("printed.pdf", pdf),
            Write("bomb.docx", Bomb()),
            Write("photo.doc", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[600]]),
            Write("rtf-named.doc", @"{\rtf1\ansi \u272?i\u7873?u 1. Ph\u7841?m vi\par}"),
            Write("qd-08.txt", await File.ReadAllTextAsync(Corpus("qd-08-2021-quy-che-xu-ly-vi-pham.txt"))),
        };

        var results = await Ingest(paths);

        Assert.Equal(paths.Select(Path.GetFileName), results.Select(r => r.Name));
        var byName = results.ToDictionary(r => r.Name);
        Assert.Equal(IngestStatus.Added, byName["qd-12.txt"].Status);
        Assert.Equal(IngestStatus.Added, byName["printed.pdf"].Status);
        Assert.Equal(IngestStatus.Added, byName["qd-08.txt"].Status);
        Assert.Equal(IngestStatus.Added, byName["rtf-named.doc"].Status);
        Assert.Contains(byName["rtf-named.doc"].Warnings, w => w.StartsWith("format-mismatch", StringComparison.Ordinal));
        Assert.Equal("empty-file", byName["empty.pdf"].Code);
        Assert.Equal("corrupt-pdf", byName["cut.pdf"].Code);
        Assert.Equal("encrypted-pdf", byName["locked.pdf"].Code);
        Assert.Equal("zip-bomb", byName["bomb.docx"].Code);
        Assert.Equal("unsupported-format", byName["photo.doc"].Code);
        Assert.All(results.Where(r => !r.Ok), r => Assert.StartsWith(r.Name + ":", r.Message, StringComparison.Ordinal));

        Assert.Equal("12/2019/QĐ-UBND", byName["qd-12.txt"].Number);
        Assert.Equal("Quyết định", byName["qd-12.txt"].Type);
        Assert.True(byName["qd-12.txt"].Provisions > 5);
        Assert.True(byName["qd-12.txt"].Citations > 0);
        Assert.Equal(1, byName["printed.pdf"].Facts?.Pages);
        Assert.NotEmpty(Search("quy che phoi hop theo doi thi hanh phap luat").Hits);
        Assert.Equal(4, index.Documents.ParsedBefore(int.MaxValue).Count);
    }

    [Fact]
    public async Task SameFileAgain_IsANoOp()
    {
        var path = Write("qd-12.txt", await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt")));
        var first = Assert.Single(await Ingest(path));
        var generation = index.Generation;

        var again = Assert.Single(await Ingest(path));

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(first.DocumentId, again.DocumentId);
        Assert.Equal(1, again.Version);
        Assert.Equal(generation, index.Generation);
        Assert.Single(index.Documents.Versions(first.DocumentId!.Value));
    }

    [Fact]
    public async Task ChangedFileFromTheSameSource_IsANewVersion_AndTheOldOneStaysReadable()
    {
        var original = await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt"));
        var path = Write("qd-12.txt", original);
        var first = Assert.Single(await Ingest(path));
        var amended = original.Replace("Điều 1.", "Điều 1. (đã sửa) Tuần tra biên giới đặc biệt.\nĐiều 1a.", StringComparison.Ordinal);
        File.WriteAllText(path, amended);

        var second = Assert.Single(await Ingest(path));

        Assert.Equal(IngestStatus.NewVersion, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(2, second.Version);
        var id = first.DocumentId!.Value;
        Assert.Equal([1, 2], index.Documents.Versions(id).Select(v => v.Version));
        Assert.Equal(original.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), index.Documents.Version(id, 1)!.Text);
        Assert.Contains("Tuần tra biên giới đặc biệt", index.Documents.Version(id, 2)!.Text, StringComparison.Ordinal);
        Assert.Contains("Tuần tra biên giới đặc biệt", index.Documents.Get(id)!.Document.Text, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(Search("\"tuần tra biên giới đặc biệt\"").Hits).DocumentId);
    }

    [Fact]
    public async Task SameBytesFromAnotherSource_IsADuplicate_NotASecondDocument()
    {
        var text = await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt"));
        var first = Assert.Single(await Ingest(Write("a.txt", text)));

        var copy = Assert.Single(await Ingest(Write("copy-of-a.txt", text)));

        Assert.Equal(IngestStatus.Duplicate, copy.Status);
        Assert.Equal(first.DocumentId, copy.DocumentId);
        Assert.Contains(first.DocumentId!.Value.Value, copy.Message, StringComparison.Ordinal);
        Assert.Single(index.Documents.ParsedBefore(int.MaxValue));
    }

    [Fact]
    public async Task CorruptReplacement_FailsAndLeavesTheStoredDocumentAsItWas()
    {
        var path = Write("qd-12.pdf", await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs));
        var first = Assert.Single(await Ingest(path));
        var before = index.Documents.Get(first.DocumentId!.Value)!.Document.Text;
        File.WriteAllBytes(path, "%PDF-1.5\n1 0 obj << /Type /Catalog"u8.ToArray());

        var second = Assert.Single(await Ingest(path));

        Assert.Equal(IngestStatus.Failed, second.Status);
        Assert.Equal("corrupt-pdf", second.Code);
        Assert.Equal(before, index.Documents.Get(first.DocumentId!.Value)!.Document.Text);
        Assert.Single(index.Documents.Versions(first.DocumentId!.Value));
        Assert.NotEmpty(Search("phạm vi điều chỉnh").Hits);
    }

    [Fact]
    public async Task OriginalFile_IsKeptContentAddressed()
    {
        var bytes = Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(Corpus("qd-05-2025-bai-bo.txt")));
        var result = Assert.Single(await Ingest(Write("qd-05.txt", bytes)));

        var version = Assert.Single(index.Documents.Versions(result.DocumentId!.Value));

        Assert.Equal(RawFileStore.Hash(bytes), version.FileSha256);
        Assert.Equal(bytes, await store.GetAsync(version.FileSha256));
        Assert.EndsWith(Path.Combine("raw", version.FileSha256[..2], version.FileSha256), store.PathOf(version.FileSha256), StringComparison.Ordinal);
        Assert.Equal("Text", version.Facts.Format);
        Assert.Equal("05/2025/QĐ-UBND", version.Metadata.Number?.Display);
    }

    [Fact]
    public async Task FileOfTwoHundredMegabytes_IsRefusedWithoutBeingRead()
    {
        var path = Path.Combine(files.Path, "huge.pdf");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024); // sparse: costs no disk
        }

        var result = Assert.Single(await Ingest(path));

        Assert.Equal("too-large", result.Code);
        Assert.Contains("200 MB", result.Message, StringComparison.Ordinal);
        Assert.Contains("64 MB", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citations_AreStored_AndResolvedBothWays()
    {
        var results = await Ingest(Write("qd-12.txt", await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt"))), Write("qd-05.txt", await File.ReadAllTextAsync(Corpus("qd-05-2025-bai-bo.txt"))));
        var qd12 = results[0].DocumentId!.Value;
        var qd05 = results[1].DocumentId!.Value;

        // The title ("Bãi bỏ Quyết định số 12/2019/QĐ-UBND …") and Điều 1 both repeal it.
        var repeals = index.Documents.CitationsFrom(qd05).Where(c => c.Citation.Relation == CitationRelation.Repeals).ToList();
        var repeal = Assert.Single(repeals, c => c.Citation.SourcePath.ToString() == "Điều 1");
        var citedBy = index.Documents.CitedBy(qd12);

        Assert.Equal(qd12, repeal.ResolvedTo);
        Assert.Equal("number:12/2019/qd-ubnd", repeal.Citation.TargetKey);
        Assert.Equal(ProvisionPath.Document, repeals[0].Citation.SourcePath);
        Assert.Contains(citedBy, c => c.CitingDocument == qd05 && c.Citation.Relation == CitationRelation.Repeals);
        Assert.Contains(index.Documents.CitationsFrom(qd05), c => c.Citation.Relation == CitationRelation.Basis && c.ResolvedTo is null);
    }

    [Fact]
    public async Task Reparse_ReadsTheStoredOriginalAgain_WithoutANewVersion()
    {
        var result = Assert.Single(await Ingest(Write("qd-12.txt", await File.ReadAllTextAsync(Corpus("qd-12-2019-quy-che-phoi-hop.txt")))));
        var id = result.DocumentId!.Value;
        File.Delete(Path.Combine(files.Path, "qd-12.txt")); // the original on disk is gone: the stored copy is what is read
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE document_versions SET parser_version = 0, metadata = '{}'";
            command.ExecuteNonQuery();
        }

        Assert.Single(index.Documents.ParsedBefore(DocumentAssembler.ParserVersion));
        var reparsed = Assert.Single(await Pipeline().ReparseAsync(null, force: false));

        Assert.Equal(IngestStatus.Reparsed, reparsed.Status);
        Assert.Equal(id, reparsed.DocumentId);
        var version = Assert.Single(index.Documents.Versions(id));
        Assert.Equal(DocumentAssembler.ParserVersion, version.ParserVersion);
        Assert.Equal("12/2019/QĐ-UBND", version.Metadata.Number?.Display);
        Assert.Empty(index.Documents.ParsedBefore(DocumentAssembler.ParserVersion));
    }

    [Fact]
    public async Task Reparse_SaysWhichProvisionsMoved_FromTheTreeStoredByTheOlderParser()
    {
        var text = await File.ReadAllTextAsync(Corpus("kh-14-2026-theo-doi-thi-hanh-phap-luat.txt"));
        var id = Assert.Single(await Ingest(Write("kh-14.txt", text))).DocumentId!.Value;
        var stored = index.Documents.Get(id)!.Document.Text;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + index.DatabasePath + ";Pooling=False"))
        {
            // The plan as parser 9 left it: its outline items numbered as the document's clauses, "Khoản 3" (and its
            // content hash of that release, which did not cover the tree).
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET structure = $s, content_hash = 'parser-9'; UPDATE document_versions SET parser_version = 9";
            command.Parameters.AddWithValue("$s", LawMonitor.Indexer.Storage.Rows.StructureCodec.Encode(LawMonitor.Indexer.Tests.Legal.ProvisionPathChangesTests.AsParser9(index.Documents.Structure(id)!)));
            command.ExecuteNonQuery();
        }

        Assert.Contains(index.Documents.Structure(id)!.AllNodes, n => n.Path.ToString() == "Khoản 3");
        var reparsed = Assert.Single(await Pipeline().ReparseAsync(null, force: false));

        Assert.Equal(IngestStatus.Reparsed, reparsed.Status);
        Assert.Equal("Mục III.3", reparsed.Moves!.Map("Khoản 3"));
        Assert.Equal(stored, index.Documents.Get(id)!.Document.Text);
        Assert.Contains(index.Documents.Structure(id)!.AllNodes, n => n.Path.ToString() == "Mục III.3"); // the tree stored is the new reading
        Assert.Null(Assert.Single(await Pipeline().ReparseAsync([id], force: true)).Moves); // read again by the same parser: nothing moved
    }

    [Fact]
    public async Task UnexpectedExceptionReadingAFile_FailsThatFileOnly()
    {
        var good = IngestInput.FromFile(Write("qd-05.txt", await File.ReadAllTextAsync(Corpus("qd-05-2025-bai-bo.txt"))), "test");
        var broken = new IngestInput("broken.pdf", "test:broken", "test", 10, _ => throw new InvalidOperationException("disk on fire"));

        var results = await Pipeline().IngestAsync([broken, good]);

        Assert.Equal("internal-error", results[0].Code);
        Assert.Contains("disk on fire", results[0].Message, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Added, results[1].Status);
    }

    private static byte[] Bomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 30; i++)
            {
                part.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
