namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// A file to ingest: its name, where it came from, its size (known before reading, so an oversized file is
/// refused without loading it) and how to read it.
/// </summary>
/// <param name="Name">The file name, for the extension and messages.</param>
/// <param name="SourceKey">
/// Where it came from, stable across runs: "file:/abs/path", "upload:name.pdf", a URL. The document id is
/// derived from it.
/// </param>
/// <param name="Source">The source shown and filtered on (<c>nguon:</c>): "upload", "corpus", a crawler source.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Read">Reads its bytes.</param>
public sealed record IngestInput(string Name, string SourceKey, string Source, long Length, Func<CancellationToken, Task<byte[]>> Read)
{
    /// <summary>The document's id when the input names it (a JSONL record's <c>id</c>); otherwise it is derived from <see cref="SourceKey"/>.</summary>
    public Model.DocumentId? DocumentId { get; init; }

    /// <summary>The declared content type with its charset, when the file came over HTTP.</summary>
    public string? ContentType { get; init; }

    /// <summary>Regular files under <paramref name="folder"/>, in name order, without hidden files or folders.</summary>
    public static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true })
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);

    /// <summary>A file on disk; its source key is its full path.</summary>
    public static IngestInput FromFile(string path, string source, string? sourceKey = null)
    {
        var info = new FileInfo(path);
        return new IngestInput(info.Name, sourceKey ?? "file:" + info.FullName, source, info.Length, ct => File.ReadAllBytesAsync(info.FullName, ct));
    }

    /// <summary>Bytes already in memory (an upload, a download).</summary>
    public static IngestInput FromBytes(string name, byte[] content, string sourceKey, string source, string? contentType = null) =>
        new(name, sourceKey, source, content.LongLength, _ => Task.FromResult(content)) { ContentType = contentType };
}
