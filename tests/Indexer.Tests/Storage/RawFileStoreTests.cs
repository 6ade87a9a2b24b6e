using System.Text;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Storage;

/// <summary>The originals store: content-addressed, written once, and repaired when a power cut left a file short.</summary>
public sealed class RawFileStoreTests
{
    [Fact]
    public async Task Write_StoresTheBytesUnderTheirHash_OnceOnly_AndFlushTakesThemToDisk()
    {
        using var data = new TempDirectory();
        var store = new RawFileStore(data.Path);
        var content = Encoding.UTF8.GetBytes("""{"id": "a", "text": "Điều 1. Phạm vi điều chỉnh"}""");
        var sha = RawFileStore.Hash(content);

        var written = store.Write(content, sha);
        RawFileStore.Flush(written is null ? [] : [written]);

        Assert.Equal(store.PathOf(sha), written);
        Assert.Equal(content, await store.GetAsync(sha));
        Assert.Null(store.Write(content, sha)); // already there
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(written!)!, "*.tmp"));
    }

    [Fact]
    public async Task Write_ReplacesAFileThatIsShorterThanItsBytes()
    {
        using var data = new TempDirectory();
        var store = new RawFileStore(data.Path);
        var content = Encoding.UTF8.GetBytes("Quyết định số 08/2021/QĐ-UBND");
        var sha = store.Put(content);
        await File.WriteAllBytesAsync(store.PathOf(sha), []); // renamed into place, then lost before it was flushed

        Assert.Equal(store.PathOf(sha), store.Write(content, sha));
        Assert.Equal(content, await store.GetAsync(sha));
    }
}
