using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>Nghị định 105/2021/NĐ-CP, an image-only scan, read once through tesseract for the tests that need it.</summary>
public sealed class ScannedDecreeFixture
{
    /// <summary>The test collection that shares one reading.</summary>
    public const string Collection = "scanned decree";

    public const string RelativePath = "pdf/vbpl-105-2021-ND-CP-scanned.pdf";

    private readonly Lazy<Task<Outcome<ExtractedDocument>>> result = new(async () =>
    {
        var path = SharedData.PathOf("corpus-real", RelativePath);
        return await DocumentExtractor.ExtractAsync(new RawFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path)), IngestLimits.Default);
    });

    public Task<Outcome<ExtractedDocument>> Result => result.Value;
}
