namespace LawMonitor.Indexer.Parsing;

/// <summary>A file as received: its name (for the extension and messages), its bytes and, from HTTP, its content type.</summary>
/// <param name="Name">The file name or URL it came from.</param>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">The declared content type with its charset, when the file came over HTTP.</param>
public sealed record RawFile(string Name, ReadOnlyMemory<byte> Content, string? ContentType = null)
{
    /// <summary>The lower-case extension without the dot ("pdf"), or empty.</summary>
    public string Extension => Path.GetExtension(Name).TrimStart('.').ToLowerInvariant();
}
