using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace LawMonitor.Crawler.Links;

/// <summary>
/// Reads sitemaps (sitemaps.org): a &lt;urlset&gt; of pages or a &lt;sitemapindex&gt; of sitemaps, gzipped or not,
/// or a plain list of URLs. No DTDs or external entities are read; at most 50,000 entries and 50 MB
/// uncompressed, as the protocol sets.
/// </summary>
public static class SitemapReader
{
    public const int MaxEntries = 50_000;
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>The entries of <paramref name="content"/> fetched from <paramref name="sitemapUrl"/>; unreadable XML gives what was read before the error.</summary>
    public static IReadOnlyList<SitemapEntry> Read(byte[] content, Uri sitemapUrl, bool caseInsensitivePaths)
    {
        var bytes = Decompress(content);
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        using var stream = new MemoryStream(bytes);
        return head.StartsWith('<') ? ReadXml(stream, sitemapUrl, caseInsensitivePaths) : ReadText(stream, sitemapUrl, caseInsensitivePaths);
    }

    /// <summary>The bytes, gunzipped when gzipped, cut at <see cref="MaxBytes"/>.</summary>
    private static byte[] Decompress(byte[] content)
    {
        if (content.Length < 2 || content[0] != 0x1F || content[1] != 0x8B)
        {
            return content;
        }

        using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while (output.Length < MaxBytes && (read = gzip.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, (int)Math.Min(read, MaxBytes - output.Length));
            }
        }
        catch (InvalidDataException)
        {
            // A truncated archive still gives what came before.
        }

        return output.ToArray();
    }

    private static List<SitemapEntry> ReadXml(Stream stream, Uri sitemapUrl, bool caseInsensitivePaths)
    {
        var entries = new List<SitemapEntry>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            var inIndex = false;
            string? loc = null;
            DateTimeOffset? lastmod = null;
            reader.MoveToContent();
            while (!reader.EOF && entries.Count < MaxEntries)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "loc":
                            loc = reader.ReadElementContentAsString().Trim();
                            continue; // the reader is already on the next node
                        case "lastmod":
                            lastmod = DateTimeOffset.TryParse(reader.ReadElementContentAsString().Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
                            continue;
                        case "sitemapindex":
                            inIndex = true;
                            break;
                        case "url" or "sitemap":
                            loc = null;
                            lastmod = null;
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "url" or "sitemap" && loc is not null)
                {
                    if (WebAddress.TryResolve(sitemapUrl, loc, out var url) && UrlCanonicalizer.Canonicalize(url, caseInsensitivePaths) is { } canonical)
                    {
                        entries.Add(new SitemapEntry(canonical, inIndex || reader.LocalName == "sitemap", lastmod));
                    }

                    loc = null;
                }

                reader.Read();
            }
        }
        catch (XmlException)
        {
            // A broken sitemap still gives the entries before the break.
        }

        return entries;
    }

    private static List<SitemapEntry> ReadText(Stream stream, Uri sitemapUrl, bool caseInsensitivePaths)
    {
        using var reader = new StreamReader(stream);
        var entries = new List<SitemapEntry>();
        while (reader.ReadLine() is { } line && entries.Count < MaxEntries)
        {
            if (line.Trim().Length > 0 && WebAddress.TryResolve(sitemapUrl, line.Trim(), out var url) && UrlCanonicalizer.Canonicalize(url, caseInsensitivePaths) is { } canonical)
            {
                entries.Add(new SitemapEntry(canonical, false, null));
            }
        }

        return entries;
    }
}
