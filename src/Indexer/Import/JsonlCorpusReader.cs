using System.Text;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing.Json;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Import;

/// <summary>
/// Reads a corpus of JSON lines, <c>{"id": …, "text": …, …}</c>, into inputs of the ingest pipeline: each line
/// is a record (<see cref="JsonRecordReader"/>) stored as its own original, so it gets versions, a raw file, a
/// provision tree and citations like any ingested file. A bad line becomes an error naming the line and the
/// field; the rest goes on.
/// </summary>
public static partial class JsonlCorpusReader
{
    /// <summary>Reads <paramref name="path"/> line by line; never throws for bad content.</summary>
    /// <param name="path">The JSONL file.</param>
    /// <param name="source">The source shown and filtered on when a record gives none (default: the file's name).</param>
    public static IEnumerable<JsonlLine> Read(string path, string? source = null)
    {
        var lineNumber = 0;
        var fullPath = Path.GetFullPath(path);
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return Parse(line, fullPath, lineNumber, source ?? Path.GetFileName(path));
        }
    }

    /// <summary>Parses one line of <paramref name="file"/>.</summary>
    public static JsonlLine Parse(string line, string file, int lineNumber, string source)
    {
        var record = JsonRecordReader.Read(line);
        if (!record.Succeeded)
        {
            return Fail(record.Error.Code, record.Error.Message);
        }

        if (record.Value.Id is not { } idText)
        {
            return Fail(ExtractionErrorCodes.MissingId, "field \"id\" is missing or not a string/number");
        }

        if (!DocumentId.TryCreate(idText, out var id, out var idError))
        {
            return Fail(ExtractionErrorCodes.InvalidId, $"field \"id\": {idError}");
        }

        // The record is its own original: the line's bytes, named after its id (".json" says how to read it again).
        var input = IngestInput.FromBytes(FileName(idText), Encoding.UTF8.GetBytes(line), $"jsonl:{file}:{lineNumber}", source) with { DocumentId = id };
        return new JsonlLine(lineNumber, input, null);

        JsonlLine Fail(string code, string message) =>
            new(lineNumber, null, new ImportError(file, lineNumber, code, $"{Path.GetFileName(file)}:{lineNumber}: {message}"));
    }

    private static string FileName(string id)
    {
        var safe = Unsafe().Replace(id, "-").Trim('-', '.');
        return (safe.Length == 0 ? "record" : safe[..Math.Min(safe.Length, 120)]) + ".json";
    }

    [GeneratedRegex(@"[^\p{L}\p{N}._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Unsafe();
}
