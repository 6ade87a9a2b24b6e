using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static LawMonitor.Indexer.Monitoring.Reports.OfficialDocx;

namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>
/// A draft of "Báo cáo công tác theo dõi tình hình thi hành pháp luật năm X" in the layout of an administrative
/// document (Nghị định 30/2020/NĐ-CP): the sections of <see cref="AnnualSection"/> in the order the setting gives,
/// those the registers fill with their figures and tables, the others left as placeholders marked in yellow for the
/// officer's words. The number and the day are left blank for the clerk.
/// </summary>
public static class AnnualReportDocx
{
    public static byte[] Write(AnnualReport report, ReportLetterhead? letterhead = null, IReadOnlyList<AnnualSection>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        letterhead ??= new ReportLetterhead();
        sections ??= AnnualSection.Default;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            Letterhead(body, letterhead, report.AsOf);
            body.Append(P("BÁO CÁO", JustificationValues.Center, bold: true, before: 240));
            body.Append(P($"Công tác theo dõi tình hình thi hành pháp luật năm {report.Year}", JustificationValues.Center, bold: true));
            body.Append(P($"(Số liệu tính đến ngày {report.AsOf:dd/MM/yyyy})", JustificationValues.Center, italic: true, after: 240));
            body.Append(P($"{Sentence(letterhead.Body)} báo cáo kết quả công tác theo dõi tình hình thi hành pháp luật năm {report.Year} như sau:", indent: true));
            foreach (var section in sections)
            {
                body.Append(P(section.Heading, bold: true, before: 120));
                switch (section.Key)
                {
                    case "plans":
                        Plans(body, report);
                        break;
                    case "inspections":
                        Inspections(body, report);
                        break;
                    case "findings":
                        Findings(body, report.Recommendations);
                        break;
                    case "recommendations":
                        Recommendations(body, report.Recommendations);
                        break;
                    case "reports":
                        Reports(body, report);
                        break;
                    default:
                        body.Append(Placeholder(section.Prompt ?? "Nội dung do cán bộ theo dõi viết."));
                        break;
                }
            }

            Closing(body, letterhead);
            body.Append(PageA4());
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The text a placeholder carries before its prompt, by which a reader (and a test) finds what is left to write.</summary>
    public const string PlaceholderMark = "[Cán bộ theo dõi viết:";

    private static Paragraph Placeholder(string prompt)
    {
        var paragraph = P($"{PlaceholderMark} {prompt}]", italic: true, indent: true);
        foreach (var properties in paragraph.Descendants<RunProperties>())
        {
            properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
        }

        return paragraph;
    }

    private static void Plans(Body body, AnnualReport report)
    {
        var t = report.TaskTotals;
        body.Append(P($"1. Trong năm {report.Year}, các kế hoạch được theo dõi giao {t.Total} nhiệm vụ: hoàn thành đúng thời hạn {t.DoneOnTime}; hoàn thành sau thời hạn {t.DoneLate}; đang thực hiện, chưa đến hạn {t.Open}; quá hạn chưa hoàn thành {t.Overdue}; hủy {t.Cancelled}.", indent: true));
        if (report.Plans.Count > 0)
        {
            body.Append(P("2. Kết quả thực hiện theo từng kế hoạch:", indent: true));
            body.Append(TaskTable("Kế hoạch", report.Plans));
        }

        if (report.TasksByBody.Count > 0)
        {
            body.Append(P("3. Kết quả thực hiện theo cơ quan chủ trì:", indent: true, before: 120));
            body.Append(TaskTable("Cơ quan chủ trì", report.TasksByBody));
        }
    }

    private static Table TaskTable(string group, IReadOnlyList<TaskRow> rows)
    {
        var header = new[] { "STT", group, "Số nhiệm vụ", "Hoàn thành đúng hạn", "Hoàn thành muộn", "Đang thực hiện", "Quá hạn", "Hủy" };
        var cells = new List<Paragraph[][]> { header.Select(h => new[] { Cell(h, bold: true) }).ToArray() };
        cells.AddRange(rows.Select((r, i) => new[]
        {
            Number(i + 1), Text(r.Group), Number(r.Figures.Total), Number(r.Figures.DoneOnTime), Number(r.Figures.DoneLate), Number(r.Figures.Open), Number(r.Figures.Overdue), Number(r.Figures.Cancelled),
        }));
        return Table([600, 3100, 900, 1000, 1000, 1000, 900, 700], borders: true, cells);
    }

    private static void Inspections(Body body, AnnualReport report)
    {
        var inspections = report.Inspections.Count(i => i.Kind == "Kiểm tra");
        var surveys = report.Inspections.Count - inspections;
        body.Append(P($"Trong năm {report.Year}, kế hoạch giao {inspections} nhiệm vụ kiểm tra và {surveys} nhiệm vụ khảo sát tình hình thi hành pháp luật; qua đó phát hiện {report.Inspections.Sum(i => i.Findings)} vấn đề được ghi nhận.", indent: true));
        if (report.Inspections.Count == 0)
        {
            return;
        }

        var header = new[] { "STT", "Loại", "Nội dung", "Cơ quan chủ trì", "Tình trạng", "Báo cáo kết quả", "Số phát hiện" };
        var cells = new List<Paragraph[][]> { header.Select(h => new[] { Cell(h, bold: true) }).ToArray() };
        cells.AddRange(report.Inspections.Select((x, i) => new[]
        {
            Number(i + 1), Text(x.Kind), Text(x.Content), Text(x.LeadBody ?? "—"), Text(x.Status), Text(x.Report ?? "—"), Number(x.Findings),
        }));
        body.Append(Table([600, 900, 2900, 1500, 1300, 1400, 600], borders: true, cells));
    }

    private static void Findings(Body body, RecommendationReport report)
    {
        var t = report.Totals;
        body.Append(P($"Qua theo dõi, phát hiện {t.FindingsFound} trường hợp quy định có vấn đề, trong đó đã xác nhận {t.FindingsConfirmed}.", indent: true));
        var classes = report.ByClass.Where(r => r.Figures.FindingsFound > 0).ToList();
        for (var i = 0; i < classes.Count; i++)
        {
            // A list in a sentence: each item ends with ";", the last with ".".
            body.Append(P($"- {classes[i].Group}: {classes[i].Figures.FindingsFound} (đã xác nhận {classes[i].Figures.FindingsConfirmed}){(i == classes.Count - 1 ? "." : ";")}", indent: true));
        }

        var fields = report.ByField.Where(r => r.Figures.FindingsFound > 0).ToList();
        if (fields.Count > 0)
        {
            body.Append(P("Theo lĩnh vực: " + string.Join("; ", fields.Select(r => $"{r.Group} {r.Figures.FindingsFound}")) + ".", indent: true));
        }
    }

    private static void Recommendations(Body body, RecommendationReport report)
    {
        var t = report.Totals;
        body.Append(P($"1. Đã gửi {t.Sent} kiến nghị sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành văn bản" + (t.Drafted > 0 ? $"; {t.Drafted} kiến nghị đang dự thảo." : "."), indent: true));
        body.Append(P($"2. Đã được trả lời {t.Answered} kiến nghị: tiếp thu {t.Accepted}, tiếp thu một phần {t.PartlyAccepted}, không tiếp thu {t.Rejected}; đã ban hành văn bản thực hiện kiến nghị: {t.Implemented}.", indent: true));
        body.Append(P($"3. Kiến nghị quá hạn chưa được trả lời: {report.OverdueInWords}. {OnTimeSentence(t)}", indent: true));
        if (report.Overdue.Count == 0)
        {
            return;
        }

        body.Append(OverdueTable(report.Overdue));
    }

    private static void Reports(Body body, AnnualReport report)
    {
        var t = report.ReportTotals;
        body.Append(P($"Các cơ quan phải gửi {t.Owed} báo cáo định kỳ trong năm {report.Year}: đã gửi đúng hạn {t.OnTime}; gửi muộn {t.Late}; quá hạn chưa gửi {t.Missing}; chưa đến hạn {t.Pending}.", indent: true));
        if (report.ReportsByBody.Count == 0)
        {
            return;
        }

        var header = new[] { "STT", "Cơ quan", "Phải gửi", "Đúng hạn", "Muộn", "Chưa gửi (quá hạn)", "Chưa đến hạn" };
        var cells = new List<Paragraph[][]> { header.Select(h => new[] { Cell(h, bold: true) }).ToArray() };
        cells.AddRange(report.ReportsByBody.Select((r, i) => new[]
        {
            Number(i + 1), Text(r.Body), Number(r.Figures.Owed), Number(r.Figures.OnTime), Number(r.Figures.Late), Number(r.Figures.Missing), Number(r.Figures.Pending),
        }));
        body.Append(Table([600, 3600, 900, 1000, 900, 1300, 1100], borders: true, cells));
    }
}
