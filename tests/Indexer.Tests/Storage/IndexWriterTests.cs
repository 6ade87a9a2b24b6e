using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Storage;

public sealed class IndexWriterTests
{
    private const string Decision = """
        ỦY BAN NHÂN DÂN TỈNH SƠN HÀ
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp theo dõi thi hành pháp luật
        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định việc phối hợp theo dõi thi hành pháp luật.
        Điều 2. Trách nhiệm của Sở Tư pháp
        1. Sở Tư pháp chủ trì kiểm tra tình hình thi hành pháp luật.
        2. Báo cáo kết quả trước ngày 15 tháng 12 hằng năm.
        """;

    [Fact]
    public void Upsert_NewDocument_IsSearchableByItsProvisions()
    {
        using var index = new TestIndex();
        using (var writer = index.Index.CreateWriter())
        {
            Assert.Equal(WriteOutcome.Added, writer.Upsert(Doc("qd-12", Decision, "12/2019/QĐ-UBND")));
            writer.Commit();
        }

        var hit = index.Search("sở tư pháp chủ trì kiểm tra").Hits[0];
        Assert.Equal("qd-12", hit.DocumentId.Value);
        Assert.Equal("Điều 2", hit.Path.ToString());
        Assert.Equal("Điều 2.1", hit.MatchPath.ToString());
        Assert.True(IndexVerifier.Verify(index.Index).Ok);
    }

    [Fact]
    public void Upsert_SameContentAgain_DoesNoWork()
    {
        using var index = new TestIndex(Doc("qd-12", Decision, "12/2019/QĐ-UBND"));
        var generation = index.Index.Generation;
        using (var writer = index.Index.CreateWriter())
        {
            Assert.Equal(WriteOutcome.Unchanged, writer.Upsert(Doc("qd-12", Decision, "12/2019/QĐ-UBND")));
            Assert.Equal(0, writer.Pending);
            writer.Commit();
        }

        Assert.Equal(generation, index.Index.Generation);
    }

    [Fact]
    public void Upsert_ChangedContent_ReplacesEveryProvisionAtOnce()
    {
        using var index = new TestIndex(Doc("qd-12", Decision, "12/2019/QĐ-UBND"));
        var amended = Decision.Replace("ngày 15 tháng 12", "ngày 30 tháng 11", StringComparison.Ordinal)
            + "\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký.\n";
        using (var writer = index.Index.CreateWriter())
        {
            Assert.Equal(WriteOutcome.Updated, writer.Upsert(Doc("qd-12", amended, "12/2019/QĐ-UBND")));
            writer.Commit();
        }

        Assert.Empty(index.Search("\"15 tháng 12\"").Hits);
        Assert.Single(index.Search("\"30 tháng 11\"").Hits);
        Assert.Equal("Điều 3", index.Search("hiệu lực thi hành").Hits[0].Path.ToString());
        var health = IndexVerifier.Verify(index.Index);
        Assert.True(health.Ok, string.Join("; ", health.Problems));
        Assert.Equal(1, health.Documents);
        Assert.Equal(4, health.Units);
    }

    [Fact]
    public void Delete_RemovesTheDocumentAndItsStatistics()
    {
        using var index = new TestIndex(Doc("qd-12", Decision), Doc("other", "Điều 1. Phối hợp\nCác sở phối hợp."));
        using (var writer = index.Index.CreateWriter())
        {
            Assert.Equal(WriteOutcome.Deleted, writer.Delete(DocumentId.Create("qd-12")));
            Assert.Equal(WriteOutcome.NotFound, writer.Delete(DocumentId.Create("missing")));
            writer.Commit();
        }

        Assert.Empty(index.Search("\"sở tư pháp\"").Hits);
        Assert.Empty(index.Search("chủ trì").Hits);
        Assert.Single(index.Search("phối hợp").Hits);
        Assert.True(IndexVerifier.Verify(index.Index).Ok);
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesTheIndexAsItWas()
    {
        using var index = new TestIndex(Doc("a", "Điều 1. Một\nNội dung thứ nhất."));
        var generation = index.Index.Generation;
        using (var writer = index.Index.CreateWriter())
        {
            writer.Upsert(Doc("b", "Điều 1. Hai\nNội dung thứ hai về phối hợp."));
            writer.Delete(DocumentId.Create("a"));
        }

        Assert.Equal(generation, index.Index.Generation);
        Assert.Single(index.Search("nội dung thứ nhất").Hits);
        Assert.Empty(index.Search("phối hợp").Hits);
        Assert.True(IndexVerifier.Verify(index.Index).Ok);
    }

    [Fact]
    public void Statistics_AfterManyBatchesAndCompaction_EqualARecount()
    {
        using var index = new TestIndex();
        var random = new Random(7);
        string[] words = ["thi", "hành", "pháp", "luật", "kiểm", "tra", "báo", "cáo", "sở", "tư", "phối", "hợp"];
        for (var batch = 0; batch < 20; batch++)
        {
            using var writer = index.Index.CreateWriter();
            for (var d = 0; d < 5; d++)
            {
                var id = $"doc-{random.Next(15)}";
                if (random.Next(4) == 0)
                {
                    writer.Delete(DocumentId.Create(id));
                    continue;
                }

                var text = $"Điều 1. {words[random.Next(words.Length)]}\n" + string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]));
                writer.Upsert(Doc(id, text, title: "Văn bản " + id));
            }

            writer.Commit();
        }

        var health = IndexVerifier.Verify(index.Index);
        Assert.True(health.Ok, string.Join("; ", health.Problems));
        Assert.True(health.Documents > 0);
    }

    [Fact]
    public void Open_IndexOfAnotherAnalyzerVersion_IsRefusedWithAClearMessage()
    {
        using var index = new TestIndex(Doc("a", "Điều 1. Một"));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '0' WHERE key = 'analyzer_version'";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<IndexFormatException>(() => LegalIndex.Open(index.Directory));
        Assert.Contains("bộ phân tích từ", error.Message, StringComparison.Ordinal);
        Assert.Contains(index.Index.DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexOfSchemaOne_IsMigrated_KeepingItsDocuments()
    {
        using var index = new TestIndex(Doc("a", "Điều 1. Theo dõi thi hành pháp luật"));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE citations; DROP TABLE document_versions; DROP TABLE raw_files; DROP INDEX documents_name;
                ALTER TABLE documents DROP COLUMN place; ALTER TABLE documents DROP COLUMN effective_date;
                ALTER TABLE documents DROP COLUMN signer; ALTER TABLE documents DROP COLUMN signer_title; ALTER TABLE documents DROP COLUMN name_key;
                DROP INDEX documents_effect; ALTER TABLE documents DROP COLUMN effect; ALTER TABLE documents DROP COLUMN effect_detail;
                DROP TABLE text_dictionaries; ALTER TABLE documents DROP COLUMN structure; PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        var reopened = LegalIndex.Open(index.Directory);

        Assert.Equal("Điều 1. Theo dõi thi hành pháp luật", reopened.Documents.Get(DocumentId.Create("a"))!.Document.Text);
        Assert.Empty(reopened.Documents.Versions(DocumentId.Create("a")));
        Assert.NotEmpty(new LawMonitor.Indexer.Search.SearchEngine(reopened).Search(new LawMonitor.Indexer.Search.SearchRequest { Query = "thi hanh" }).Hits);
    }
}
