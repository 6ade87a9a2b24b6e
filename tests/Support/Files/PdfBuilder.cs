using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>
/// Writes small PDFs by hand for the cases a printer will not make: pages that are only a scanned image,
/// and a file protected by a password.
/// </summary>
public static class PdfBuilder
{
    /// <summary>A PDF whose pages are 8-bit grey images (a scan: no text layer), at <paramref name="dpi"/>.</summary>
    public static byte[] FromImages(IReadOnlyList<GrayImage> pages, int dpi)
    {
        var objects = new List<byte[]>();
        var pageIds = new List<int>();
        // 1: catalog, 2: pages; then per page: page, content, image.
        var next = 3;
        foreach (var image in pages)
        {
            var (pageId, contentId, imageId) = (next, next + 1, next + 2);
            next += 3;
            pageIds.Add(pageId);
            var width = image.Width * 72.0 / dpi;
            var height = image.Height * 72.0 / dpi;
            objects.Add(Ascii($"{pageId} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {F(width)} {F(height)}] /Resources << /XObject << /Im0 {imageId} 0 R >> >> /Contents {contentId} 0 R >>\nendobj\n"));
            var content = Encoding.ASCII.GetBytes($"q {F(width)} 0 0 {F(height)} 0 0 cm /Im0 Do Q\n");
            objects.Add(Stream($"{contentId} 0 obj\n<< /Length {content.Length} >>", content));
            var pixels = Deflate(image.Pixels);
            objects.Add(Stream($"{imageId} 0 obj\n<< /Type /XObject /Subtype /Image /Width {image.Width} /Height {image.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {pixels.Length} >>", pixels));
        }

        var kids = string.Join(' ', pageIds.Select(id => $"{id} 0 R"));
        objects.Insert(0, Ascii($"2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {pageIds.Count} >>\nendobj\n"));
        objects.Insert(0, Ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));
        return Assemble(objects, string.Empty);
    }

    /// <summary>
    /// A one-page PDF under the standard security handler with a user password we do not know: readers
    /// ask for the password, as they do for a portal's protected file.
    /// </summary>
    public static byte[] PasswordProtected()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (Quyet dinh) Tj ET\n");
        var objects = new List<byte[]>
        {
            Ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
            Ascii("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"),
            Ascii("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n"),
            Stream($"4 0 obj\n<< /Length {content.Length} >>", content),
            Ascii("5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"),
            Ascii($"6 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <{new string('7', 64)}> /U <{new string('3', 64)}> /P -3904 >>\nendobj\n"),
        };
        return Assemble(objects, $" /Encrypt 6 0 R /ID [<{new string('a', 32)}> <{new string('a', 32)}>]");
    }

    private static byte[] Assemble(List<byte[]> objects, string trailerExtra)
    {
        using var output = new MemoryStream();
        output.Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"u8);
        var offsets = new List<long>();
        foreach (var obj in objects)
        {
            offsets.Add(output.Position);
            output.Write(obj);
        }

        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }

    private static byte[] Stream(string header, byte[] data)
    {
        using var output = new MemoryStream();
        output.Write(Encoding.ASCII.GetBytes(header + "\nstream\n"));
        output.Write(data);
        output.Write("\nendstream\nendobj\n"u8);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
