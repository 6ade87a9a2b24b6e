using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Parsing.Text;

/// <summary>Plain text in any of the encodings Vietnamese files come in.</summary>
internal static class PlainTextExtractor
{
    public static Outcome<ExtractedDocument> Extract(RawFile file)
    {
        var (text, _) = TextDecoder.Decode(file.Content.Span, Charset(file.ContentType));
        return new ExtractedDocument(text, SourceFormat.Text);
    }

    /// <summary>The charset parameter of a content type ("text/html; charset=utf-8" → "utf-8").</summary>
    internal static string? Charset(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length == 2 && kv[0].Equals("charset", StringComparison.OrdinalIgnoreCase) && kv[1].Length > 0)
            {
                return kv[1].Trim('"');
            }
        }

        return null;
    }
}
