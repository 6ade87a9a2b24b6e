using System.Text;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Parsing.Json;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Import;

/// <summary>
/// JSONL lines go through the ingest pipeline like any file: a line that is a provision of a law becomes that
/// provision, addressable as in an ingested document, and every record gets a version, its original (the line)
/// and its citations; a rerun skips what is unchanged and a re-parse reads the stored line again.
/// </summary>
public sealed class JsonlImportTests
{
    private const string Article20 = """{"id": "luat-cu-tru/20", "law": "Luật Cư trú", "article": "20", "text": "Điều kiện đăng ký thường trú\n\n1. Công dân có chỗ ở hợp pháp thì được đăng ký thường trú.\n\n2. Công dân được đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình."}""";

    private static AssembledDocument Assemble(string line)
    {
        var record = JsonRecordReader.Read(line);
        Assert.True(record.Succeeded, record.Error?.Message);
        return DocumentAssembler.Assemble(DocumentId.Parse(record.Value.Id!), new ExtractedDocument(record.Value.Text, SourceFormat.JsonRecord) { Fields = record.Value.Fields }, "corpus");
    }

    [Fact]
    public void Article_BecomesTheUnitsPath_WithItsTitleAndClauses()
    {
        var record = Assemble(Article20);

        var article = Assert.Single(record.Structure.Nodes);
        Assert.Equal(ProvisionPath.Parse("Điều 20"), article.Path);
        Assert.Equal(0, article.Start);
        var text = record.Document.Text;
        Assert.Equal("Điều kiện đăng ký thường trú", text[article.HeadingStart..article.HeadingEnd]);
        Assert.Equal([ProvisionPath.Parse("Điều 20.1"), ProvisionPath.Parse("Điều 20.2")], article.Children.Select(c => c.Path));
        Assert.StartsWith("1. Công dân có chỗ ở", text[article.Children[0].Start..], StringComparison.Ordinal);
        Assert.Equal("Luật", record.Document.Type); // the title names a law
        Assert.Equal("Luật Cư trú", record.Document.Title);
        Assert.False(record.Document.Metadata.ContainsKey("article"));
        Assert.False(record.Document.Metadata.ContainsKey("id"));
    }

    [Fact]
    public void ArticleWhoseTextOpensWithAClause_HasNoTitle_AndKeepsTheClause()
    {
        var record = Assemble("""{"id": "hien-phap/16", "law": "Hiến pháp", "article": "16", "text": "1. Mọi người đều bình đẳng trước pháp luật.\n\n2. Không ai bị phân biệt đối xử trong đời sống chính trị, dân sự, kinh tế, văn hóa, xã hội."}""");

        var article = Assert.Single(record.Structure.Nodes);
        Assert.Equal(article.HeadingStart, article.HeadingEnd);
        Assert.Equal(2, article.Children.Count);
        Assert.Equal("Hiến pháp", record.Document.Type);
    }

    [Fact]
    public void ClauseAndPoint_MakeTheRecordThatProvisionOfItsArticle()
    {
        var record = Assemble("""{"id": "x/8.1.a", "law": "Luật Hôn nhân và gia đình", "article": "8", "clause": "1", "point": "a", "text": "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên."}""");

        var article = Assert.Single(record.Structure.Nodes);
        Assert.Equal(ProvisionPath.Parse("Điều 8.1.a"), article.Children[0].Children[0].Path);
    }

    [Fact]
    public void GivenMetadata_WinsAndOtherFieldsAreKept_AndCitationsAreRead()
    {
        var record = Assemble("""{"id": "qd-7", "so_hieu": "07/2024/QĐ-UBND", "loai": "Quyết định", "co_quan": "UBND tỉnh Hòa Phong", "ngay_ban_hanh": "12/3/2024", "linh_vuc": "Môi trường", "text": "Quy định chi tiết Điều 5 Nghị định số 45/2022/NĐ-CP của Chính phủ."}""");

        Assert.Equal("07/2024/QĐ-UBND", record.Document.Number?.Display);
        Assert.Equal("Quyết định", record.Document.Type);
        Assert.Equal("UBND tỉnh Hòa Phong", record.Document.Issuer);
        Assert.Equal(new DateOnly(2024, 3, 12), record.Document.IssueDate);
        Assert.Equal("Môi trường", record.Document.Metadata["linh_vuc"]);
        var citation = Assert.Single(record.Document.Citations, c => c.TargetNumber is not null);
        Assert.Equal("45/2022/NĐ-CP", citation.TargetNumber!.Display);
    }

    [Theory]
    [InlineData("""{"id": "a", "article": "mười", "text": "Nội dung"}""", "invalid-provision", "field \"article\"")]
    [InlineData("""{"id": "a", "article": "3", "clause": "0", "text": "Nội dung"}""", "invalid-provision", "field \"clause\"")]
    [InlineData("""{"id": "a", "article": "3", "point": "a", "text": "Nội dung"}""", "invalid-provision", "field \"point\" needs \"clause\"")]
    [InlineData("""{"id": "a", "clause": "2", "text": "Nội dung"}""", "invalid-provision", "needs \"article\"")]
    [InlineData("""{"id": "a", "text": ""}""", "missing-text", "field \"text\"")]
    [InlineData("""{"text": "Nội dung"}""", "missing-id", "field \"id\"")]
    [InlineData("""{"id": "a", "text": "Nội dung" """, "invalid-json", "not valid JSON")]
    public void BadLine_IsAnErrorNamingTheLineAndTheField(string line, string code, string expected)
    {
        var parsed = JsonlCorpusReader.Parse(line, "/data/corpus.jsonl", 7, "corpus");

        Assert.Null(parsed.Input);
        Assert.Equal(code, parsed.Error!.Code);
        Assert.Equal(7, parsed.Error.Line);
        Assert.StartsWith("corpus.jsonl:7: ", parsed.Error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, parsed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedArticles_AreFoundAsDieuN_OfTheirLaw()
    {
        using var directory = new TempDirectory();
        var corpus = Write(directory.Path, """{"id": "luat-cu-tru/19", "law": "Luật Cư trú", "article": "19", "text": "Nơi cư trú của người hoạt động tín ngưỡng\n\nNgười hoạt động tín ngưỡng được đăng ký thường trú tại cơ sở tín ngưỡng."}""", Article20);
        var (index, pipeline) = Open(directory.Path);

        var summary = await JsonlImport.ImportAsync(pipeline, corpus);
        Assert.Equal(2, summary.Added);

        var result = new SearchEngine(index).Search(new SearchRequest { Query = "dieu 20 luat cu tru dang ky thuong tru" });
        Assert.Equal("luat-cu-tru/20", result.Hits[0].DocumentId.Value);
        Assert.Equal("Điều 20", result.Hits[0].Path.ToString());
        Assert.Equal("Điều 20. Điều kiện đăng ký thường trú", result.Hits[0].Heading);
    }

    [Fact]
    public async Task EveryRecord_GetsAVersion_ItsLineAsTheOriginal_AndItsCitations()
    {
        using var directory = new TempDirectory();
        const string citing = """{"id": "nd-9/3", "law": "Nghị định 9/2025/NĐ-CP", "article": "3", "text": "Sửa đổi Điều 20 Luật Cư trú số 68/2020/QH14 như sau."}""";
        var corpus = Write(directory.Path, Article20, "not json", citing);
        var (index, pipeline) = Open(directory.Path);

        var summary = await JsonlImport.ImportAsync(pipeline, corpus);

        Assert.Equal(2, summary.Added);
        var error = Assert.Single(summary.Errors);
        Assert.Equal((2, "invalid-json"), (error.Line, error.Code)); // the bad line stops nothing after it
        var version = Assert.Single(index.Documents.Versions(DocumentId.Parse("luat-cu-tru/20")));
        Assert.Equal("luat-cu-tru-20.json", version.FileName);
        Assert.Equal(Article20, Encoding.UTF8.GetString(await new RawFileStore(directory.Path).GetAsync(version.FileSha256) ?? []));
        Assert.Contains(index.Documents.CitationsFrom(DocumentId.Parse("nd-9/3")), c => c.Citation.TargetNumber?.Display == "68/2020/QH14");
    }

    [Fact]
    public async Task Rerun_SkipsTheUnchanged_AChangedLineIsANewVersion_AndAReparseReadsTheStoredLine()
    {
        using var directory = new TempDirectory();
        var corpus = Write(directory.Path, Article20);
        var (index, pipeline) = Open(directory.Path);
        await JsonlImport.ImportAsync(pipeline, corpus);

        var rerun = await JsonlImport.ImportAsync(pipeline, corpus);
        Assert.Equal((0, 1, 0), (rerun.Added, rerun.Unchanged, rerun.Updated));

        Write(directory.Path, Article20.Replace("chỗ ở hợp pháp thì", "chỗ ở hợp pháp và đủ điều kiện thì", StringComparison.Ordinal));
        var changed = await JsonlImport.ImportAsync(pipeline, corpus);
        Assert.Equal(1, changed.Updated);
        var id = DocumentId.Parse("luat-cu-tru/20");
        Assert.Equal([1, 2], index.Documents.Versions(id).Select(v => v.Version).Order());

        var reparsed = Assert.Single(await pipeline.ReparseAsync([id], force: true));
        Assert.Equal(IngestStatus.Reparsed, reparsed.Status);
        Assert.Equal(ProvisionPath.Parse("Điều 20"), Assert.Single(index.Documents.Structure(id)!.Nodes).Path);
        Assert.Contains("đủ điều kiện", index.Documents.Get(id)!.Document.Text, StringComparison.Ordinal);
    }

    private static (LegalIndex Index, IngestPipeline Pipeline) Open(string directory)
    {
        var index = LegalIndex.Open(directory);
        return (index, new IngestPipeline(index, new RawFileStore(directory), IngestLimits.Default));
    }

    private static string Write(string directory, params string[] lines)
    {
        var path = Path.Combine(directory, "corpus.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
