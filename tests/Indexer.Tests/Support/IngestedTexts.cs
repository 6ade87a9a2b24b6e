using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Tests.Support;

/// <summary>Texts written for a test, ingested through the real pipeline into a real index.</summary>
public static class IngestedTexts
{
    /// <summary>Ingests each (file name, text) into the index in <paramref name="dataDirectory"/>; every file must be read.</summary>
    public static Task<LegalIndex> IndexAsync(string dataDirectory, params (string Name, string Text)[] documents) =>
        IndexAsync(dataDirectory, TimeProvider.System, documents);

    /// <summary>Ingests each (file name, text) on <paramref name="clock"/> (the day effects are decided on); every file must be read.</summary>
    public static async Task<LegalIndex> IndexAsync(string dataDirectory, TimeProvider clock, params (string Name, string Text)[] documents)
    {
        var index = LegalIndex.Open(dataDirectory);
        var pipeline = new IngestPipeline(index, new RawFileStore(dataDirectory), IngestLimits.Default, clock);
        var results = await pipeline.IngestAsync(documents.Select(d => IngestInput.FromBytes(d.Name, Encoding.UTF8.GetBytes(d.Text), "test:" + d.Name, "test")));
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
        return index;
    }
}
