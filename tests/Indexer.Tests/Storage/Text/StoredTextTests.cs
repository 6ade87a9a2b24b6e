using System.Text;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Text;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Tests.Support.TestIndex;

namespace LawMonitor.Indexer.Tests.Storage.Text;

public sealed class StoredTextTests
{
    private static readonly string[] Phrases =
    [
        "Ủy ban nhân dân cấp tỉnh", "Sở Tư pháp chủ trì", "theo quy định của pháp luật", "phối hợp với các cơ quan có liên quan",
        "kiểm tra tình hình thi hành pháp luật", "báo cáo kết quả trước ngày 15 tháng 12 hằng năm", "bảo đảm quyền và lợi ích hợp pháp",
        "tổ chức, cá nhân", "xử lý vi phạm hành chính", "đất đai, xây dựng và môi trường", "hướng dẫn nghiệp vụ cho cấp huyện",
        "kinh phí được bảo đảm từ ngân sách nhà nước", "trong thời hạn 30 ngày kể từ ngày nhận được", "cơ quan chuyên môn thuộc",
    ];

    /// <summary>40 decisions of 8 articles each, sentences drawn from stock phrases with a fixed seed.</summary>
    private static LegalDocument[] Decisions(int count = 40)
    {
        var random = new Random(17);
        var documents = new LegalDocument[count];
        for (var d = 0; d < count; d++)
        {
            var text = new StringBuilder($"QUYẾT ĐỊNH\nBan hành Quy chế số {d}\n");
            for (var a = 1; a <= 8; a++)
            {
                text.Append(Article(a)).Append(". Nội dung ").Append(d).Append('.').Append(a).Append('\n');
                for (var s = 0; s < 6; s++)
                {
                    text.Append(Phrases[random.Next(Phrases.Length)]).Append(' ').Append(Phrases[random.Next(Phrases.Length)]).Append(" số ").Append(random.Next(1000)).Append(".\n");
                }
            }

            documents[d] = Doc($"qd-{d}", text.ToString(), $"{d + 1}/2024/QĐ-UBND");
        }

        return documents;

        static string Article(int a) => "Điều " + a.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Count(TestIndex index, string sql)
    {
        using var connection = new SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void ASmallIndex_KeepsItsTextsPlain()
    {
        using var index = new TestIndex();
        index.Write(Decisions(3));

        Assert.Equal(0, Count(index, "SELECT count(*) FROM text_dictionaries"));
        Assert.Equal(0, Count(index, "SELECT count(*) FROM units WHERE typeof(text) <> 'text'"));
    }

    [Fact]
    public void OnceEnoughUnits_ADictionaryIsTrained_EveryTextIsCompressed_AndReadsBackTheSame()
    {
        using var index = new TestIndex();
        index.Index.TrainTextDictionaryAfterUnits = 100;
        var documents = Decisions();
        index.Write(documents[..5]); // 45 units: below the threshold, stored plain
        Assert.Equal(0, Count(index, "SELECT count(*) FROM units WHERE typeof(text) = 'blob'"));

        index.Write(documents[5..]);

        Assert.Equal(1, Count(index, "SELECT count(*) FROM text_dictionaries"));
        Assert.Equal(0, Count(index, "SELECT count(*) FROM units WHERE typeof(text) = 'text'")); // the first five too
        var stored = Count(index, "SELECT sum(length(text)) FROM units");
        var plain = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        Assert.True(stored * 2 < plain, $"{stored} bytes stored for {plain} of text");
        foreach (var document in documents)
        {
            Assert.Equal(document.Text, index.Index.Documents.Get(document.Id)!.Document.Text);
        }

        var hit = index.Search("\"Nội dung 7.3\"").Hits[0];
        Assert.Equal(("qd-7", "Điều 3"), (hit.DocumentId.Value, hit.Path.ToString()));
        Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.True(IndexVerifier.Verify(index.Index).Ok, string.Join("; ", IndexVerifier.Verify(index.Index).Problems));
    }

    [Fact]
    public void CompressedDocuments_AreReplacedAndDeleted_WithTheirStatisticsKeptExact()
    {
        using var index = new TestIndex();
        index.Index.TrainTextDictionaryAfterUnits = 100;
        var documents = Decisions();
        index.Write(documents);
        using (var writer = index.Index.CreateWriter())
        {
            writer.Upsert(Doc("qd-1", "Điều 1. Văn bản thay thế hoàn toàn", "2/2024/QĐ-UBND"));
            writer.Delete(DocumentId.Create("qd-2"));
            writer.Commit();
        }

        Assert.Equal("Điều 1. Văn bản thay thế hoàn toàn", index.Index.Documents.Get(DocumentId.Create("qd-1"))!.Document.Text);
        Assert.Equal(1, Count(index, "SELECT count(*) FROM units WHERE typeof(text) = 'blob' AND doc_id = (SELECT id FROM documents WHERE doc_key = 'qd-1')"));
        Assert.Null(index.Index.Documents.Get(DocumentId.Create("qd-2")));
        var health = IndexVerifier.Verify(index.Index);
        Assert.True(health.Ok, string.Join("; ", health.Problems));
    }

    [Fact]
    public void AnIndexOfSchemaThree_IsMigrated_AndItsPlainTextsAreCompressedByTheNextCommit()
    {
        using var index = new TestIndex();
        var documents = Decisions();
        index.Write(documents[..30]);
        using (var connection = new SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE text_dictionaries; ALTER TABLE documents DROP COLUMN structure; PRAGMA user_version = 3;";
            command.ExecuteNonQuery();
        }

        var reopened = LegalIndex.Open(index.Directory);
        Assert.Equal(documents[4].Text, reopened.Documents.Get(documents[4].Id)!.Document.Text);
        reopened.TrainTextDictionaryAfterUnits = 100;
        using (var writer = reopened.CreateWriter())
        {
            writer.Upsert(documents[30]);
            writer.Commit();
        }

        Assert.Equal(0, Count(index, "SELECT count(*) FROM units WHERE typeof(text) = 'text'"));
        Assert.Equal(IndexSchema.Store.Version, Count(index, "PRAGMA user_version"));
        Assert.Equal(documents[4].Text, reopened.Documents.Get(documents[4].Id)!.Document.Text);
    }

    private static DocumentVersion Version(LegalDocument document, int number) =>
        new(document.Id, number, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(document.Text + number))), document.Id.Value + ".txt", "test:" + document.Id.Value)
        {
            Facts = new ExtractionFacts("text", Encoding.UTF8.GetByteCount(document.Text)),
            Metadata = new DocumentMetadata(document.Number, "Quyết định", null, null, null, null, null, null, null),
            Text = document.Text,
        };

    [Fact]
    public void VersionTexts_AreStoredCompressed_WithoutADictionaryBeforeTheIndexHasOne_AndWithItAfter_AndReadBackTheSame()
    {
        using var index = new TestIndex();
        index.Index.TrainTextDictionaryAfterUnits = 100;
        var documents = Decisions();
        using (var writer = index.Index.CreateWriter())
        {
            writer.Upsert(documents[0]);
            writer.AddVersion(Version(documents[0], 1)); // no dictionary yet: a frame naming none
            writer.Commit();
        }

        index.Write(documents[1..]); // trains the dictionary
        using (var writer = index.Index.CreateWriter())
        {
            writer.AddVersion(Version(documents[0], 2));
            writer.AddVersion(Version(documents[5], 1));
            writer.Commit();
        }

        Assert.Equal(0, Count(index, "SELECT count(*) FROM document_versions WHERE typeof(text) <> 'blob'"));
        var plainFrame = Count(index, "SELECT length(text) FROM document_versions WHERE doc_key = 'qd-0' AND version = 1");
        var dictionaryFrame = Count(index, "SELECT length(text) FROM document_versions WHERE doc_key = 'qd-0' AND version = 2");
        var bytes = Encoding.UTF8.GetByteCount(documents[0].Text);
        Assert.True(dictionaryFrame < plainFrame, $"{dictionaryFrame} bytes with the dictionary, {plainFrame} without");
        Assert.True(plainFrame * 2 < bytes, $"{plainFrame} bytes for {bytes}");
        Assert.Equal(documents[0].Text, index.Index.Documents.Version(documents[0].Id, 1)!.Text);
        Assert.Equal(documents[0].Text, index.Index.Documents.Version(documents[0].Id, 2)!.Text);
        Assert.Equal(documents[5].Text, index.Index.Documents.Version(documents[5].Id, 1)!.Text);
        Assert.Equal("", index.Index.Documents.LatestVersion(documents[0].Id)!.Text); // listed without text, as before
    }

    [Fact]
    public void AnIndexOfSchemaFive_IsUpgraded_WithEachVersionTextCompressed_AndReadBackTheSame()
    {
        using var index = new TestIndex();
        index.Index.TrainTextDictionaryAfterUnits = 100;
        var documents = Decisions();
        index.Write(documents);
        using (var writer = index.Index.CreateWriter())
        {
            writer.AddVersion(Version(documents[3], 1));
            writer.AddVersion(Version(documents[3], 2) with { Text = "Điều 1. Văn bản sửa đổi" });
            writer.Commit();
        }

        using (var connection = new SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // As version 5 stored them: the text itself.
            command.CommandText = "UPDATE document_versions SET text = $one WHERE version = 1; UPDATE document_versions SET text = $two WHERE version = 2; PRAGMA user_version = 5;";
            command.Parameters.AddWithValue("$one", documents[3].Text);
            command.Parameters.AddWithValue("$two", "Điều 1. Văn bản sửa đổi");
            command.ExecuteNonQuery();
        }

        Assert.Equal(2, Count(index, "SELECT count(*) FROM document_versions WHERE typeof(text) = 'text'"));

        SqliteConnection.ClearAllPools();
        var reopened = LegalIndex.Open(index.Directory);

        Assert.Equal(IndexSchema.Store.Version, Count(index, "PRAGMA user_version"));
        Assert.Equal(0, Count(index, "SELECT count(*) FROM document_versions WHERE typeof(text) <> 'blob'"));
        Assert.Equal(documents[3].Text, reopened.Documents.Version(documents[3].Id, 1)!.Text);
        Assert.Equal("Điều 1. Văn bản sửa đổi", reopened.Documents.Version(documents[3].Id, 2)!.Text);
    }

    [Fact]
    public void AVersionTextThatDoesNotDecompress_IsReportedByTheVerifier_NamingTheVersion()
    {
        using var index = new TestIndex();
        var documents = Decisions(3);
        index.Write(documents);
        using (var writer = index.Index.CreateWriter())
        {
            writer.AddVersion(Version(documents[1], 1));
            writer.AddVersion(Version(documents[2], 1));
            writer.Commit();
        }

        Assert.True(IndexVerifier.Verify(index.Index).Ok, string.Join("; ", IndexVerifier.Verify(index.Index).Problems));
        using (var connection = new SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // A frame cut short, as a damaged page would leave it.
            command.CommandText = "UPDATE document_versions SET text = substr(text, 1, length(text) / 2) WHERE doc_key = 'qd-2'";
            command.ExecuteNonQuery();
        }

        var health = IndexVerifier.Verify(index.Index);

        Assert.False(health.Ok);
        Assert.Contains(health.Problems, p => p.StartsWith("1 version texts cannot be read (first: qd-2 v1: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ATextCompressedWithADictionaryTheIndexDoesNotHold_IsReportedAsAFormatError()
    {
        using var index = new TestIndex();
        index.Index.TrainTextDictionaryAfterUnits = 100;
        index.Write(Decisions());
        using (var connection = new SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // A frame that names dictionary 7, which no index has stored.
            command.CommandText = "UPDATE units SET text = X'28B52FFD21070000000000000000' WHERE id = (SELECT min(id) FROM units)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<IndexFormatException>(() => index.Index.Documents.Get(DocumentId.Create("qd-0")));
        Assert.Contains("dictionary 7", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x21, 0x07 }, 7u)] // single segment, 1-byte id
    [InlineData(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x03, 0x40, 0x78, 0x56, 0x34, 0x12 }, 0x12345678u)] // window byte, 4-byte id
    [InlineData(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x20 }, null)] // no dictionary
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x21, 0x07 }, null)] // not a frame
    public void IdOfFrame_ReadsTheFrameHeader(byte[] frame, uint? id) => Assert.Equal(id, TextDictionary.IdOfFrame(frame));

    [Fact]
    public void AStoredBlobThatIsNoFrame_IsReportedAsAFormatError_NamingWhatItIs()
    {
        using var index = new TestIndex();
        index.Write(Decisions(2));
        using (var connection = new SqliteConnection("Data Source=" + index.Index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE units SET text = X'0102030405060708' WHERE id = (SELECT min(id) FROM units)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<IndexFormatException>(() => index.Index.Documents.Get(DocumentId.Create("qd-0")));
        Assert.Contains("neither text nor a zstd frame", error.Message, StringComparison.Ordinal);
    }
}
