using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Import;

/// <summary>JSONL lines that are provisions of a law become that provision, addressable as in an ingested document.</summary>
public sealed class JsonlCorpusReaderTests
{
    private static JsonlRecord Parse(string line) => JsonlCorpusReader.Parse(line, "corpus.jsonl", 7, "corpus");

    [Fact]
    public void Article_BecomesTheUnitsPath_WithItsTitleAndClauses()
    {
        var record = Parse("""{"id": "luat-cu-tru/20", "law": "Luật Cư trú", "article": "20", "text": "Điều kiện đăng ký thường trú\n\n1. Công dân có chỗ ở hợp pháp thì được đăng ký thường trú.\n\n2. Công dân được đăng ký thường trú tại chỗ ở hợp pháp không thuộc quyền sở hữu của mình."}""");

        Assert.Null(record.Error);
        var structure = Assert.IsType<LawMonitor.Indexer.Legal.DocumentStructure>(record.Structure);
        var article = Assert.Single(structure.Nodes);
        Assert.Equal(ProvisionPath.Parse("Điều 20"), article.Path);
        Assert.Equal(0, article.Start);
        var text = record.Document!.Text;
        Assert.Equal("Điều kiện đăng ký thường trú", text[article.HeadingStart..article.HeadingEnd]);
        Assert.Equal([ProvisionPath.Parse("Điều 20.1"), ProvisionPath.Parse("Điều 20.2")], article.Children.Select(c => c.Path));
        Assert.StartsWith("1. Công dân có chỗ ở", text[article.Children[0].Start..], StringComparison.Ordinal);
        Assert.Equal("Luật", record.Document.Type); // the title names a law
        Assert.False(record.Document.Metadata.ContainsKey("article"));
    }

    [Fact]
    public void ArticleWhoseTextOpensWithAClause_HasNoTitle_AndKeepsTheClause()
    {
        var record = Parse("""{"id": "hien-phap/16", "law": "Hiến pháp", "article": "16", "text": "1. Mọi người đều bình đẳng trước pháp luật.\n\n2. Không ai bị phân biệt đối xử trong đời sống chính trị, dân sự, kinh tế, văn hóa, xã hội."}""");

        var article = Assert.Single(record.Structure!.Nodes);
        Assert.Equal(article.HeadingStart, article.HeadingEnd);
        Assert.Equal(2, article.Children.Count);
        Assert.Equal("Hiến pháp", record.Document!.Type);
    }

    [Fact]
    public void ClauseAndPoint_MakeTheRecordThatProvisionOfItsArticle()
    {
        var record = Parse("""{"id": "x/8.1.a", "law": "Luật Hôn nhân và gia đình", "article": "8", "clause": "1", "point": "a", "text": "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên."}""");

        var article = Assert.Single(record.Structure!.Nodes);
        Assert.Equal(ProvisionPath.Parse("Điều 8.1.a"), article.Children[0].Children[0].Path);
    }

    [Theory]
    [InlineData("""{"id": "a", "article": "mười", "text": "Nội dung"}""", "field \"article\"")]
    [InlineData("""{"id": "a", "article": "3", "clause": "0", "text": "Nội dung"}""", "field \"clause\"")]
    [InlineData("""{"id": "a", "article": "3", "point": "a", "text": "Nội dung"}""", "field \"point\" needs \"clause\"")]
    [InlineData("""{"id": "a", "clause": "2", "text": "Nội dung"}""", "needs \"article\"")]
    public void BadProvisionField_IsAnErrorNamingTheLineAndTheField(string line, string expected)
    {
        var record = Parse(line);

        Assert.Null(record.Document);
        Assert.Equal("invalid-provision", record.Error!.Code);
        Assert.StartsWith("corpus.jsonl:7: ", record.Error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, record.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportedArticles_AreFoundAsDieuN_OfTheirLaw()
    {
        using var directory = new TempDirectory();
        var index = LegalIndex.Open(directory.Path);
        var lines = new[]
        {
            """{"id": "luat-cu-tru/19", "law": "Luật Cư trú", "article": "19", "text": "Nơi cư trú của người hoạt động tín ngưỡng\n\nNgười hoạt động tín ngưỡng được đăng ký thường trú tại cơ sở tín ngưỡng."}""",
            """{"id": "luat-cu-tru/20", "law": "Luật Cư trú", "article": "20", "text": "Điều kiện đăng ký thường trú\n\n1. Công dân có chỗ ở hợp pháp thì được đăng ký thường trú."}""",
        };
        var summary = new BatchIndexer(index).Index(lines.Select((l, i) => JsonlCorpusReader.Parse(l, "c.jsonl", i + 1, "c")));
        Assert.Equal(2, summary.Added);

        var result = new SearchEngine(index).Search(new SearchRequest { Query = "dieu 20 luat cu tru dang ky thuong tru" });

        Assert.Equal("luat-cu-tru/20", result.Hits[0].DocumentId);
        Assert.Equal("Điều 20", result.Hits[0].Path);
        Assert.Equal("Điều 20. Điều kiện đăng ký thường trú", result.Hits[0].Heading);
    }
}
