using System.Text.Json;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>
/// Every file of <c>../shared/corpus-real</c> through extraction and parsing, against the expectations written
/// by hand in <c>TestData/golden</c>. The scanned decree is read once (OCR takes about a minute) by
/// <see cref="ScannedDecreeFixture"/>.
/// </summary>
[Collection(ScannedDecreeFixture.Collection)]
public sealed class GoldenTests(ScannedDecreeFixture scanned)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string GoldenDirectory { get; } = Path.Combine(SharedData.RepositoryRoot, "tests", "Indexer.Tests", "TestData", "golden");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(GoldenDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void EveryFileOfTheRealCorpus_HasAGoldenFile()
    {
        if (!SharedData.Present)
        {
            return; // nothing to compare with; the golden files themselves are checked by the theory
        }

        var corpus = Path.Combine(SharedData.Root, "corpus-real");
        var files = Directory.GetFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var golden = Directory.GetFiles(GoldenDirectory, "*.json").Select(f => Load(Path.GetFileName(f)).File).Order(StringComparer.Ordinal);

        Assert.Equal(files, golden);
    }

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public async Task File_MatchesWhatAReaderFinds(string goldenFile)
    {
        var golden = Load(goldenFile);
        var path = SharedData.PathOf("corpus-real", golden.File);
        var extracted = golden.File == ScannedDecreeFixture.RelativePath
            ? await scanned.Result
            : await DocumentExtractor.ExtractAsync(new RawFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path)), IngestLimits.Default);
        Assert.True(extracted.Succeeded, extracted.Error?.Message);
        var parsed = DocumentAssembler.Assemble(DocumentId.Create("golden"), extracted.Value, "golden");
        var text = parsed.Document.Text;

        Assert.Equal(golden.Format, extracted.Value.Format.ToString());
        var m = parsed.Metadata;
        var found = new GoldenMetadata(m.Type, m.Number?.Display, m.Issuer, m.IssueDate, m.Place, m.EffectiveDate, m.Signer, m.SignerTitle, m.Title, m.Status.ToString());
        var expected = Readable(golden.Metadata, golden.Unread);
        var titleByOcr = extracted.Value.OcrPages.Contains(1);
        Assert.Equal(expected with { Title = Comparable(expected.Title, titleByOcr) }, found with { Title = Comparable(found.Title, titleByOcr) });

        var counts = parsed.Structure.AllNodes.GroupBy(n => n.Level.ToString()).ToDictionary(g => g.Key, g => g.Count());
        var expectedCounts = golden.Provisions
            .Select(kv => (kv.Key, Count: kv.Value - golden.ProvisionsMissed.GetValueOrDefault(kv.Key)))
            .Where(kv => kv.Count > 0)
            .ToDictionary(kv => kv.Key, kv => kv.Count);
        Assert.Equal(expectedCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal), counts.OrderBy(kv => kv.Key, StringComparer.Ordinal));

        foreach (var (path2, heading) in golden.Headings)
        {
            var node = parsed.Structure.AllNodes.FirstOrDefault(n => n.Path.ToString() == path2);
            Assert.True(node is not null, $"{golden.File}: no provision {path2}");
            Assert.Equal(heading, node.HeadingEnd > node.HeadingStart ? text[node.HeadingStart..node.HeadingEnd].Trim() : string.Empty);
        }

        foreach (var citation in golden.Citations)
        {
            var matching = parsed.Document.Citations.Where(c => c.Text == citation.Text).ToList();
            Assert.True(matching.Count > 0, $"{golden.File}: no citation \"{citation.Text}\"");
            Assert.Contains(matching, c => c.Relation.ToString() == citation.Relation && c.TargetKey == citation.TargetKey
                && c.TargetPath?.ToString() == citation.TargetPath && c.SourcePath.ToString() == citation.SourcePath
                && text[c.Start..c.End] == c.Text);
        }

        foreach (var include in golden.TextIncludes)
        {
            Assert.Contains(include, text, StringComparison.Ordinal);
        }

        foreach (var exclude in golden.TextExcludes)
        {
            Assert.DoesNotContain(exclude, text, StringComparison.Ordinal);
        }

        if (golden.OcrPages is { } pages)
        {
            Assert.Equal(pages, extracted.Value.OcrPages.Count);
        }
    }

    /// <summary>The expected metadata with the fields the file does not let a machine read set to unknown.</summary>
    private static GoldenMetadata Readable(GoldenMetadata expected, List<string> unread)
    {
        var readable = expected;
        foreach (var field in unread)
        {
            readable = field switch
            {
                "signer" => readable with { Signer = null },
                "signerTitle" => readable with { SignerTitle = null },
                "place" => readable with { Place = null },
                "effectiveDate" => readable with { EffectiveDate = null },
                _ => throw new InvalidDataException($"unread: unknown field \"{field}\""),
            };
        }

        return readable;
    }

    /// <summary>A title read by OCR is compared without diacritics: "chỉ tiết" for "chi tiết" is a misread mark.</summary>
    private static string? Comparable(string? title, bool byOcr) =>
        title is not null && byOcr ? WordNormalizer.Fold(title) : title;

    private static GoldenDocument Load(string name) =>
        JsonSerializer.Deserialize<GoldenDocument>(File.ReadAllText(Path.Combine(GoldenDirectory, name)), Json)
        ?? throw new InvalidDataException(name + " is empty");
}
