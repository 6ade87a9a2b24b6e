using System.Text;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Import;

/// <summary>
/// Reads a plain-text document (UTF-8) into a <see cref="LegalDocument"/>, with the metadata its preamble
/// states. The id is the file's path under <paramref name="root"/> without extension.
/// </summary>
public static class TextDocumentReader
{
    /// <summary>Reads <paramref name="path"/>; a file that cannot be used becomes an error record.</summary>
    public static JsonlRecord Read(string path, string root, string source)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        var idText = Path.ChangeExtension(relative, null);
        if (!DocumentId.TryCreate(idText, out var id, out var idError))
        {
            return new JsonlRecord(0, null, new ImportError(path, 0, "invalid-id", $"{relative}: {idError}"));
        }

        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return new JsonlRecord(0, null, new ImportError(path, 0, "not-utf8", $"{relative}: không phải UTF-8 (not UTF-8 text)"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new JsonlRecord(0, null, new ImportError(path, 0, "empty", $"{relative}: tệp rỗng (empty file)"));
        }

        var metadata = MetadataExtractor.Extract(text);
        var document = new LegalDocument(id, text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            Number = metadata.Number,
            Type = metadata.Type,
            Issuer = metadata.Issuer,
            IssueDate = metadata.IssueDate,
            Title = metadata.Title,
            Source = source,
        };
        return new JsonlRecord(0, document, null);
    }
}
