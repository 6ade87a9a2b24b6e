using System.IO.Compression;
using System.Text;

namespace LawMonitor.Indexer.Parsing;

/// <summary>Tells a file's real format from its first bytes, whatever its extension says.</summary>
public static class FormatSniffer
{
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> Ole => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> Rtf => "{\\rtf"u8;

    /// <summary>The format of <paramref name="content"/>.</summary>
    public static SourceFormat Sniff(ReadOnlySpan<byte> content)
    {
        var head = SkipBom(content);
        if (head.IsEmpty)
        {
            return SourceFormat.Unknown;
        }

        // A PDF may have junk before its header (within the first 1 KB, by the spec's tolerance).
        if (head[..Math.Min(head.Length, 1024)].IndexOf(Pdf) >= 0)
        {
            return SourceFormat.Pdf;
        }

        if (head.StartsWith(Zip))
        {
            return SourceFormat.Docx; // confirmed by DocxExtractor, which rejects a zip that is not a Word document
        }

        if (head.StartsWith(Ole))
        {
            return SourceFormat.Doc;
        }

        var text = head.TrimStart(" \t\r\n"u8);
        if (text.StartsWith(Rtf))
        {
            return SourceFormat.Rtf;
        }

        if (LooksLikeHtml(text))
        {
            return SourceFormat.Html;
        }

        return LooksLikeText(head) ? SourceFormat.Text : SourceFormat.Unknown;
    }

    /// <summary>The format the extension names, for the "format-mismatch" warning.</summary>
    public static SourceFormat FromExtension(string extension) => extension switch
    {
        "pdf" => SourceFormat.Pdf,
        "docx" => SourceFormat.Docx,
        "doc" => SourceFormat.Doc,
        "rtf" => SourceFormat.Rtf,
        "htm" or "html" or "xhtml" or "aspx" or "php" => SourceFormat.Html,
        "txt" or "text" or "md" => SourceFormat.Text,
        "json" => SourceFormat.JsonRecord,
        _ => SourceFormat.Unknown,
    };

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;

    private static bool LooksLikeHtml(ReadOnlySpan<byte> text)
    {
        var head = Encoding.ASCII.GetString(text[..Math.Min(text.Length, 2048)]).ToLowerInvariant();
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.Ordinal) || head.Contains("<!doctype html", StringComparison.Ordinal)
            || head.Contains("<body", StringComparison.Ordinal) || head.Contains("<head", StringComparison.Ordinal) || head.Contains("<div", StringComparison.Ordinal)
            || head.Contains("<p>", StringComparison.Ordinal) || head.Contains("<meta", StringComparison.Ordinal));
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                control++;
            }
        }

        return control * 50 < sample.Length + 1;
    }

    /// <summary>Whether a zip holds a Word document (word/document.xml).</summary>
    internal static bool IsWordZip(ZipArchive zip) => zip.GetEntry("word/document.xml") is not null;
}
