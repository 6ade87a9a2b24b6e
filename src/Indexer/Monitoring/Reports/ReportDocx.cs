using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// A draft of "Báo cáo tình hình xử lý kiến nghị" in the layout of an administrative document (Nghị định
/// 30/2020/NĐ-CP, Phụ lục I): A4, margins 20/20/30/15 mm, Times New Roman; the issuer and the national motto
/// side by side; number, place and date; "BÁO CÁO" and its title centred; the body justified with the
/// figures, the table by competent body and the overdue list; an assessment for the officer to write; the
/// recipients beside the signature. The number and the day are left blank for the clerk (văn thư).
/// </summary>
public static class ReportDocx
{
    private const string Font = "Times New Roman";

    public static byte[] Write(RecommendationReport report, ReportLetterhead? letterhead = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        letterhead ??= new ReportLetterhead();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            Letterhead(body, letterhead, report.AsOf);
            body.Append(P("BÁO CÁO", JustificationValues.Center, bold: true, before: 240));
            body.Append(P("Tình hình xử lý kiến nghị sửa đổi, bổ sung, thay thế, bãi bỏ, ban hành văn bản", JustificationValues.Center, bold: true));
            body.Append(P(Period(report.Query, report.AsOf), JustificationValues.Center, italic: true, after: 240));
            body.Append(P($"Thực hiện nhiệm vụ theo dõi tình hình thi hành pháp luật, {Sentence(letterhead.Body)} báo cáo tình hình phát hiện, kiến nghị và xử lý kiến nghị trong kỳ như sau:", indent: true));
            Results(body, report);
            ByAuthority(body, report);
            Overdue(body, report);
            body.Append(P("IV. ĐÁNH GIÁ VÀ ĐỀ XUẤT", bold: true, before: 120));
            body.Append(P("1. Đánh giá chung: …………………………………………………………………… (cán bộ theo dõi bổ sung: kết quả, nguyên nhân của việc chậm trả lời, khó khăn, vướng mắc).", indent: true));
            body.Append(P("2. Đề xuất, kiến nghị: ……………………………………………………………………", indent: true));
            Closing(body, letterhead);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Letterhead(Body body, ReportLetterhead letterhead, DateOnly asOf)
    {
        var left = new[]
        {
            P(letterhead.ParentBody.ToUpperInvariant(), JustificationValues.Center, size: 26, after: 0),
            P(letterhead.Body.ToUpperInvariant(), JustificationValues.Center, bold: true, size: 26, after: 0),
            P($"Số:       /{letterhead.Symbol}", JustificationValues.Center, size: 26, before: 120, after: 0),
        };
        var right = new[]
        {
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", JustificationValues.Center, bold: true, size: 26, after: 0),
            P("Độc lập - Tự do - Hạnh phúc", JustificationValues.Center, bold: true, underline: true, after: 0),
            P($"{letterhead.Place}, ngày      tháng      năm {asOf.Year}", JustificationValues.Center, italic: true, before: 120, after: 0),
        };
        body.Append(Table([3600, 5800], borders: false, [new[] { left, right }]));
    }

    private static void Results(Body body, RecommendationReport report)
    {
        var t = report.Totals;
        body.Append(P("I. KẾT QUẢ PHÁT HIỆN VÀ KIẾN NGHỊ", bold: true, before: 120));
        body.Append(P($"1. Phát hiện quy định có vấn đề: {t.FindingsFound} trường hợp, trong đó đã xác nhận {t.FindingsConfirmed}.", indent: true));
        foreach (var row in report.ByClass.Where(r => r.Figures.FindingsFound > 0))
        {
            body.Append(P($"- {row.Group}: {row.Figures.FindingsFound} (đã xác nhận {row.Figures.FindingsConfirmed});", indent: true));
        }

        body.Append(P($"2. Kiến nghị đã gửi cơ quan có thẩm quyền: {t.Sent} kiến nghị" + (t.Drafted > 0 ? $"; {t.Drafted} kiến nghị đang dự thảo." : "."), indent: true));
        body.Append(P($"3. Kiến nghị đã được trả lời: {t.Answered}, trong đó tiếp thu {t.Accepted}, tiếp thu một phần {t.PartlyAccepted}, không tiếp thu {t.Rejected}; đã ban hành văn bản thực hiện kiến nghị: {t.Implemented}.", indent: true));
        body.Append(P($"4. Kiến nghị quá hạn chưa được trả lời: {t.Overdue}. Tỷ lệ trả lời đúng hạn: {Rate(t.OnTimeRate)} ({t.AnsweredOnTime}/{t.Due} kiến nghị đến hạn).", indent: true));
    }

    private static void ByAuthority(Body body, RecommendationReport report)
    {
        body.Append(P("II. TÌNH HÌNH XỬ LÝ THEO CƠ QUAN CÓ THẨM QUYỀN", bold: true, before: 120));
        var rows = report.ByAuthority.Where(r => r.Figures.Sent + r.Figures.Drafted > 0).ToList();
        if (rows.Count == 0)
        {
            body.Append(P("Trong kỳ không có kiến nghị gửi cơ quan có thẩm quyền.", indent: true));
            return;
        }

        var header = new[] { "STT", "Cơ quan có thẩm quyền", "Đã gửi", "Đã trả lời", "Tiếp thu (cả một phần)", "Đã thực hiện", "Quá hạn", "Đúng hạn" };
        var cells = new List<Paragraph[][]> { header.Select(h => new[] { Cell(h, bold: true) }).ToArray() };
        cells.AddRange(rows.Select((r, i) => new[]
        {
            Number(i + 1), Text(r.Group), Number(r.Figures.Sent), Number(r.Figures.Answered), Number(r.Figures.Accepted + r.Figures.PartlyAccepted),
            Number(r.Figures.Implemented), Number(r.Figures.Overdue), [Cell(Rate(r.Figures.OnTimeRate))],
        }));
        var t = report.Totals;
        cells.Add([[Cell("")], [Cell("Tổng cộng", bold: true)], Number(t.Sent), Number(t.Answered), Number(t.Accepted + t.PartlyAccepted), Number(t.Implemented), Number(t.Overdue), [Cell(Rate(t.OnTimeRate))]]);
        body.Append(Table([600, 3000, 800, 900, 1100, 1000, 800, 1000], borders: true, cells));
    }

    private static void Overdue(Body body, RecommendationReport report)
    {
        body.Append(P("III. KIẾN NGHỊ QUÁ HẠN CHƯA ĐƯỢC TRẢ LỜI", bold: true, before: 240));
        if (report.Overdue.Count == 0)
        {
            body.Append(P($"Đến ngày {report.AsOf:dd/MM/yyyy}, không có kiến nghị quá hạn chưa được trả lời.", indent: true));
            return;
        }

        var header = new[] { "STT", "Công văn kiến nghị", "Cơ quan có thẩm quyền", "Nội dung kiến nghị", "Hạn trả lời", "Số ngày quá hạn" };
        var cells = new List<Paragraph[][]> { header.Select(h => new[] { Cell(h, bold: true) }).ToArray() };
        cells.AddRange(report.Overdue.Select((o, i) => new[]
        {
            Number(i + 1), Text($"{o.DispatchNumber} ngày {o.SentOn:dd/MM/yyyy}"), Text(o.CompetentBody), Text($"{o.Action}: {o.Content}"),
            Text(o.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), Number(o.DaysOverdue),
        }));
        body.Append(Table([600, 1700, 2000, 3300, 1100, 900], borders: true, cells));
        body.Append(P($"Đề nghị các cơ quan nêu trên sớm trả lời bằng văn bản theo quy định.", indent: true, before: 120));
    }

    private static void Closing(Body body, ReportLetterhead letterhead)
    {
        var recipients = new List<Paragraph> { P("Nơi nhận:", bold: true, italic: true, size: 24, after: 0) };
        recipients.AddRange(letterhead.Recipients.Select(r => P($"- {r};", size: 22, after: 0)));
        recipients.Add(P("- Lưu: VT.", size: 22, after: 0));
        var signer = letterhead.SignerTitle.Select(l => P(l.ToUpperInvariant(), JustificationValues.Center, bold: true, after: 0)).ToList();
        signer.Add(P("", after: 0));
        signer.Add(P("", after: 0));
        signer.Add(P("", after: 0));
        signer.Add(P(letterhead.Signer ?? "(ký, ghi rõ họ tên)", JustificationValues.Center, bold: letterhead.Signer is not null, italic: letterhead.Signer is null, after: 0));
        body.Append(P("", after: 120));
        body.Append(Table([4700, 4700], borders: false, [new[] { recipients.ToArray(), signer.ToArray() }]));
    }

    private static string Period(ReportQuery query, DateOnly asOf) => (query.From, query.To) switch
    {
        ({ } from, { } to) => $"(Kỳ báo cáo: từ ngày {from:dd/MM/yyyy} đến ngày {to:dd/MM/yyyy}; số liệu tính đến ngày {asOf:dd/MM/yyyy})",
        ({ } from, null) => $"(Kỳ báo cáo: từ ngày {from:dd/MM/yyyy}; số liệu tính đến ngày {asOf:dd/MM/yyyy})",
        (null, { } to) => $"(Số liệu đến ngày {to:dd/MM/yyyy})",
        _ => $"(Số liệu tính đến ngày {asOf:dd/MM/yyyy})",
    };

    private static string Rate(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "—";

    private static string Sentence(string body) => body.Length == 0 ? body : body[..1].ToUpperInvariant() + body[1..].ToLowerInvariant();

    private static Paragraph[] Number(int n) => [Cell(n.ToString(CultureInfo.InvariantCulture), JustificationValues.Center)];

    private static Paragraph[] Text(string s) => [Cell(s, JustificationValues.Left)];

    private static Paragraph Cell(string text, JustificationValues? align = null, bool bold = false) =>
        P(text, align ?? JustificationValues.Center, bold: bold, size: 24, after: 0);

    private static Paragraph P(string text, JustificationValues? align = null, bool bold = false, bool italic = false, bool underline = false, int size = 28, int before = 0, int after = 80, bool indent = false)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = align ?? JustificationValues.Both });
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }

        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        if (underline)
        {
            runProperties.Append(new Underline { Val = UnderlineValues.Single });
        }

        runProperties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }, new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(int[] widths, bool borders, IEnumerable<Paragraph[][]> rows)
    {
        BorderType Line<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = borders ? BorderValues.Single : BorderValues.Nil, Size = 4 };
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            for (var c = 0; c < row.Length; c++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                cell.Append(row[c].Length == 0 ? [new Paragraph()] : row[c]);
                tr.Append(cell);
            }

            table.Append(tr);
        }

        return table;
    }
}
