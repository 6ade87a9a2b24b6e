using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Parsing.Docx;

/// <summary>
/// The text of a Word 2007+ document: paragraphs in order with their list numbers, tables as rows of cells
/// joined by " | " in their columns (<see cref="TableGrid"/>; a two-column letterhead table as its two columns), headers and footers apart from the
/// body. The zip is inflated under a byte budget first, so a zip bomb is refused before Open XML reads it.
/// </summary>
internal static class DocxExtractor
{
    public static Outcome<ExtractedDocument> Extract(RawFile file, IngestLimits limits)
    {
        var bytes = file.Content.ToArray();
        var check = CheckZip(file.Name, bytes, limits);
        if (check is not null)
        {
            return check;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
            {
                return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.CorruptDocx, $"{file.Name}: tệp DOCX không có phần nội dung (no document body)");
            }

            var numbering = new DocxNumbering(main);
            var text = new StringBuilder();
            var index = 0;
            foreach (var element in body.ChildElements)
            {
                AppendBlock(element, text, numbering, letterheadZone: index++ < 4 && text.Length < 400);
            }

            var furniture = new StringBuilder();
            foreach (var header in main.HeaderParts)
            {
                AppendPart(header.Header, furniture, numbering);
            }

            foreach (var footer in main.FooterParts)
            {
                AppendPart(footer.Footer, furniture, numbering);
            }

            return new ExtractedDocument(text.ToString().Trim(), SourceFormat.Docx)
            {
                Furniture = furniture.Length > 0 ? furniture.ToString().Trim() : null,
            };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FileFormatException)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.CorruptDocx, $"{file.Name}: tệp DOCX hỏng, không đọc được ({e.Message}). Hãy mở bằng Word và lưu lại.");
        }
    }

    /// <summary>Inflates every part under the limits; a corrupt zip or a bomb becomes an error.</summary>
    private static Outcome<ExtractedDocument>? CheckZip(string name, byte[] bytes, IngestLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (!FormatSniffer.IsWordZip(zip))
            {
                return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.UnsupportedFormat, $"{name}: tệp ZIP nhưng không phải văn bản Word (a zip archive, not a Word document)");
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                long inflated = 0;
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer)) > 0)
                {
                    inflated += read;
                    total += read;
                    if (total > limits.MaxUncompressedBytes || (inflated > 1_000_000 && inflated > entry.CompressedLength * limits.MaxCompressionRatio))
                    {
                        return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.ZipBomb, $"{name}: phần '{entry.FullName}' giải nén quá lớn (inflates beyond {limits.MaxUncompressedBytes / (1024 * 1024)} MB or {limits.MaxCompressionRatio}:1); từ chối để bảo vệ hệ thống");
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.CorruptDocx, $"{name}: tệp DOCX hỏng hoặc bị cắt cụt ({e.Message})");
        }
    }

    private static void AppendPart(OpenXmlPartRootElement? root, StringBuilder text, DocxNumbering numbering)
    {
        if (root is null)
        {
            return;
        }

        foreach (var element in root.ChildElements)
        {
            AppendBlock(element, text, numbering, letterheadZone: false);
        }
    }

    private static void AppendBlock(OpenXmlElement element, StringBuilder text, DocxNumbering numbering, bool letterheadZone)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var number = numbering.Next(paragraph);
                var line = ParagraphText(paragraph);
                if (number is not null)
                {
                    line = number + " " + line;
                }

                text.Append(line).Append('\n');
                break;
            case Table table:
                AppendTable(table, text, numbering, letterheadZone);
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements.ToList() ?? [])
                {
                    AppendBlock(child, text, numbering, letterheadZone);
                }

                break;
        }
    }

    private static void AppendTable(Table table, StringBuilder text, DocxNumbering numbering, bool letterheadZone)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (letterheadZone && columns == 2)
        {
            // The issuer | national motto letterhead: read each column top to bottom.
            for (var c = 0; c < 2; c++)
            {
                foreach (var row in rows.Where(r => r.Count > c))
                {
                    text.Append(CellText(row[c], numbering));
                }
            }

            return;
        }

        // Rows as lines of their cells in their columns: a cell merged across columns (gridSpan) leaves empty cells,
        // one merged down (vMerge) gives its words to each row it covers.
        var grid = new List<IReadOnlyList<TableGrid.Cell>>();
        var above = new Dictionary<int, string>();
        foreach (var row in rows)
        {
            var cells = new List<TableGrid.Cell>();
            var column = 0;
            foreach (var c in row)
            {
                var properties = c.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value is int g && g > 1 ? g : 1;
                var merge = properties?.VerticalMerge;
                var words = CellText(c, numbering).Replace('\n', ' ').Trim();
                if (merge is not null && merge.Val?.Value != MergedCellValues.Restart)
                {
                    words = above.GetValueOrDefault(column, words); // continues the cell above
                }
                else if (merge is not null)
                {
                    above[column] = words;
                }
                else
                {
                    above.Remove(column);
                }

                cells.Add(new TableGrid.Cell(words, span));
                column += span;
            }

            grid.Add(cells);
        }

        foreach (var line in TableGrid.Lines(grid))
        {
            text.Append(line).Append('\n');
        }
    }

    private static string CellText(TableCell cell, DocxNumbering numbering)
    {
        var text = new StringBuilder();
        foreach (var child in cell.ChildElements)
        {
            AppendBlock(child, text, numbering, letterheadZone: false);
        }

        return text.ToString();
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var run in paragraph.Descendants<Run>())
        {
            if (run.Ancestors<DeletedRun>().Any())
            {
                continue;
            }

            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        text.Append('\n');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }
        }

        return text.ToString();
    }
}
