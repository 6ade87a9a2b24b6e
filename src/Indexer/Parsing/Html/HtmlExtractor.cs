using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing.Text;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>
/// The main content of an HTML page as text. The charset comes from the HTTP header, then a BOM, then the
/// page's own meta tag, then sniffing; broken markup is parsed the way browsers parse it.
/// </summary>
internal static partial class HtmlExtractor
{
    /// <summary>Lines of portal chrome that survive in content containers: counters, share and font-size widgets.</summary>
    private static readonly string[] ChromeLines =
    [
        "thống kê truy cập", "chia sẻ bài viết", "chia sẻ", "a- a a+", "a a a", "in bài viết", "gửi email", "gửi bài viết",
        "lượt xem", "bình luận", "đang truy cập", "tổng lượt truy cập", "lượt truy cập", "trở về đầu trang", "về đầu trang",
        "bản in", "tải về", "quay lại", "xem thêm", "tin liên quan", "các tin khác", "bài viết liên quan", "đánh giá bài viết",
    ];

    public static Outcome<ExtractedDocument> Extract(RawFile file)
    {
        var bytes = file.Content.Span;
        var declared = PlainTextExtractor.Charset(file.ContentType) ?? MetaCharset(bytes);
        var (html, _) = TextDecoder.Decode(bytes, declared);
        var document = new HtmlParser().ParseDocument(html);
        var title = document.Title?.Trim();
        if (VbplDiagramReader.Read(document) is { } diagram)
        {
            return new ExtractedDocument(diagram.Text, SourceFormat.Html) { TitleHint = string.IsNullOrEmpty(title) ? null : title, Diagram = diagram };
        }

        var content = HtmlContentLocator.Locate(document);
        if (content is null)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.NoText, $"{file.Name}: trang HTML không có nội dung (the page has no body text)");
        }

        var lines = HtmlTextWriter.Write(content)
            .Split('\n')
            .Where(line => !IsChromeLine(line));
        return new ExtractedDocument(string.Join('\n', lines).Trim(), SourceFormat.Html) { TitleHint = string.IsNullOrEmpty(title) ? null : title };
    }

    /// <summary>The charset a page declares in its first 4 KB (&lt;meta charset&gt; or http-equiv), per the HTML prescan.</summary>
    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static bool IsChromeLine(string line)
    {
        var folded = line.Trim().ToLowerInvariant();
        return folded.Length < 40 && Array.Exists(ChromeLines, c => folded == c || folded.StartsWith(c + ":", StringComparison.Ordinal) || folded.StartsWith(c + " (", StringComparison.Ordinal));
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
