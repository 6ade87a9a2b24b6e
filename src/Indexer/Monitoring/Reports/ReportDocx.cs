using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static LawMonitor.Indexer.Monitoring.Reports.OfficialDocx;

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
    public static byte[] Write(RecommendationReport report, ReportLetterhead? letterhead = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        letterhead ??= new ReportLetterhead();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
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
            body.Append(PageA4());
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Results(Body body, RecommendationReport report)
    {
        var t = report.Totals;
        body.Append(P("I. KẾT QUẢ PHÁT HIỆN VÀ KIẾN NGHỊ", bold: true, before: 120));
        body.Append(P($"1. Phát hiện quy định có vấn đề: {t.FindingsFound} trường hợp, trong đó đã xác nhận {t.FindingsConfirmed}.", indent: true));
        var classes = report.ByClass.Where(r => r.Figures.FindingsFound > 0).ToList();
        foreach (var (row, i) in classes.Select((r, i) => (r, i)))
        {
            body.Append(P($"- {row.Group}: {row.Figures.FindingsFound} (đã xác nhận {row.Figures.FindingsConfirmed}){(i == classes.Count - 1 ? "." : ";")}", indent: true));
        }

        body.Append(P($"2. Kiến nghị đã gửi cơ quan có thẩm quyền: {t.Sent} kiến nghị" + (t.Drafted > 0 ? $"; {t.Drafted} kiến nghị đang dự thảo." : "."), indent: true));
        body.Append(P($"3. Kiến nghị đã được trả lời: {t.Answered}, trong đó tiếp thu {t.Accepted}, tiếp thu một phần {t.PartlyAccepted}, không tiếp thu {t.Rejected}; đã ban hành văn bản thực hiện kiến nghị: {t.Implemented}.", indent: true));
        body.Append(P($"4. Kiến nghị quá hạn chưa được trả lời: {report.OverdueInWords}. {OnTimeSentence(t)}", indent: true));
    }

    private static void ByAuthority(Body body, RecommendationReport report)
    {
        body.Append(P("II. TÌNH HÌNH XỬ LÝ THEO CƠ QUAN CÓ THẨM QUYỀN", bold: true, before: 120));
        var rows = report.ByAuthority.Where(r => r.Figures.HasRecommendations).ToList();
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

        body.Append(OverdueTable(report.Overdue));
        body.Append(P($"Đề nghị các cơ quan nêu trên sớm trả lời bằng văn bản theo quy định.", indent: true, before: 120));
    }

    private static string Period(ReportQuery query, DateOnly asOf) => (query.From, query.To) switch
    {
        ({ } from, { } to) => $"(Kỳ báo cáo: từ ngày {from:dd/MM/yyyy} đến ngày {to:dd/MM/yyyy}; số liệu tính đến ngày {asOf:dd/MM/yyyy})",
        ({ } from, null) => $"(Kỳ báo cáo: từ ngày {from:dd/MM/yyyy}; số liệu tính đến ngày {asOf:dd/MM/yyyy})",
        (null, { } to) => $"(Số liệu đến ngày {to:dd/MM/yyyy})",
        _ => $"(Số liệu tính đến ngày {asOf:dd/MM/yyyy})",
    };
}
