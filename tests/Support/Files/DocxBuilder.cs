using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>
/// Writes DOCX files with Open XML the way Word saves a decision: a two-column letterhead table, automatic
/// list numbering (decimal "1." over lower-letter "a)"), a table, a running header and footer.
/// </summary>
public sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> body = [];
    private string? header;
    private string? footer;
    private bool numbering;

    /// <summary>The letterhead: issuer column and motto column, read column by column.</summary>
    public DocxBuilder Letterhead(string[] left, string[] right)
    {
        var table = new Table(new TableRow(Cell(left), Cell(right)));
        body.Add(table);
        return this;
    }

    public DocxBuilder Paragraph(string text)
    {
        body.Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>A paragraph numbered automatically at <paramref name="level"/> (0: "1.", 1: "a)").</summary>
    public DocxBuilder Numbered(int level, string text)
    {
        numbering = true;
        body.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public DocxBuilder Table(params string[][] rows)
    {
        body.Add(new Table(rows.Select(r => new TableRow(r.Select(c => Cell([c])))).ToArray()));
        return this;
    }

    /// <summary>
    /// A table with merged cells as Word writes them: a cell spanning columns carries gridSpan, a cell spanning
    /// rows starts a vertical merge (vMerge restart) that the empty cells below it continue.
    /// </summary>
    public DocxBuilder Table(IReadOnlyList<IReadOnlyList<DocxCell>> rows)
    {
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(Enumerable.Range(0, rows.Max(r => r.Sum(c => c.Columns))).Select(_ => new GridColumn { Width = "1500" })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(c =>
            {
                var cell = Cell(c.Continues ? [] : [c.Text]);
                var properties = new TableCellProperties();
                if (c.Columns > 1)
                {
                    properties.Append(new GridSpan { Val = c.Columns });
                }

                if (c.StartsMerge || c.Continues)
                {
                    properties.Append(new VerticalMerge { Val = c.StartsMerge ? MergedCellValues.Restart : MergedCellValues.Continue });
                }

                cell.PrependChild(properties);
                if (!cell.Elements<Paragraph>().Any())
                {
                    cell.Append(new Paragraph());
                }

                return cell;
            })));
        }

        body.Add(table);
        return this;
    }

    public DocxBuilder Header(string text)
    {
        header = text;
        return this;
    }

    public DocxBuilder Footer(string text)
    {
        footer = text;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body.Select(e => e.CloneNode(true))));
            if (numbering)
            {
                var part = main.AddNewPart<NumberingDefinitionsPart>();
                part.Numbering = new Numbering(
                    new AbstractNum(
                        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                        new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
                    { AbstractNumberId = 0 },
                    new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            }

            var sectionProperties = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(new Paragraph(new Run(new Text(header))));
                sectionProperties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(new Paragraph(new Run(new Text(footer))));
                sectionProperties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            main.Document.Body!.Append(sectionProperties);
        }

        return stream.ToArray();
    }

    private static TableCell Cell(string[] lines) =>
        new(lines.Select(l => new Paragraph(new Run(new Text(l) { Space = SpaceProcessingModeValues.Preserve }))).ToArray<OpenXmlElement>());
}
