using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// A report as an Excel workbook: the summary, the overdue list, the recommendations and the findings, one
/// sheet each, headers bold and frozen, numbers as numbers, dates as dates (dd/mm/yyyy).
/// </summary>
public static class ReportXlsx
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;

    public static byte[] Write(RecommendationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(
        [
            ("Tổng hợp", ReportTable.Summary(report)),
            ("Quá hạn", ReportTable.Overdue(report)),
            ("Kiến nghị", ReportTable.Recommendations(report)),
            ("Phát hiện", ReportTable.Findings(report)),
        ]);
    }

    /// <summary>A workbook of <paramref name="sheets"/>, each a header row and its rows of cells.</summary>
    public static byte[] Write(IReadOnlyList<(string Name, List<object?[]> Rows)> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(rows);
                workbook.Workbook.Sheets!.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Worksheet Sheet(List<object?[]> rows)
    {
        var width = rows.Max(r => r.Length);
        var columns = new Columns();
        for (var c = 0; c < width; c++)
        {
            var longest = rows.Take(200).Max(r => c < r.Length ? Text(r[c]).Length : 0);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(longest + 2, 8, 60), CustomWidth = true });
        }

        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                row.Append(Cell(rows[r][c], $"{ColumnName(c)}{r + 1}", r == 0));
            }

            data.Append(row);
        }

        var freeze = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        return new Worksheet(freeze, columns, data);
    }

    private static Cell Cell(object? value, string reference, bool header)
    {
        var cell = new Cell { CellReference = reference };
        switch (value)
        {
            case null:
                break;
            case DateOnly d:
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue((d.ToDateTime(TimeOnly.MinValue) - new DateTime(1899, 12, 30)).TotalDays.ToString(CultureInfo.InvariantCulture));
                cell.StyleIndex = DateStyle;
                return cell;
            case int or long or double:
                cell.DataType = CellValues.Number;
                cell.CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(Clean(Text(value))) { Space = SpaceProcessingModeValues.Preserve });
                cell.StyleIndex = WrapStyle;
                break;
        }

        if (header)
        {
            cell.StyleIndex = HeaderStyle;
        }

        return cell;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>XML 1.0 cannot carry most control characters; a cell holds at most 32,767.</summary>
    private static string Clean(string s)
    {
        var cleaned = new string(s.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c)).ToArray());
        return cleaned.Length > 32_000 ? cleaned[..32_000] + "…" : cleaned;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center } },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { Alignment = new Alignment { WrapText = false, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true })
        { Count = 4 });
}
