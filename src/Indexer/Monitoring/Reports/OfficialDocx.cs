using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// The parts of an administrative document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I) that every
/// report draft shares: A4 with margins 20/20/30/15 mm, Times New Roman; the issuer and the national motto side
/// by side with the number, place and date (left blank for the clerk); justified paragraphs; tables; the
/// recipients beside the signature.
/// </summary>
internal static class OfficialDocx
{
    private const string Font = "Times New Roman";

    /// <summary>The page: A4, margins top 20, bottom 20, left 30, right 15 mm.</summary>
    public static SectionProperties PageA4() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567, Gutter = 0 });

    public static void Letterhead(Body body, ReportLetterhead letterhead, DateOnly asOf)
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

    public static void Closing(Body body, ReportLetterhead letterhead)
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

    /// <summary>The table of recommendations still unanswered past their deadline.</summary>
    public static Table OverdueTable(IReadOnlyList<OverdueItem> overdue)
    {
        var header = new[] { "STT", "Công văn kiến nghị", "Cơ quan có thẩm quyền", "Nội dung kiến nghị", "Hạn trả lời", "Số ngày quá hạn" };
        var cells = new List<Paragraph[][]> { header.Select(h => new[] { Cell(h, bold: true) }).ToArray() };
        cells.AddRange(overdue.Select((o, i) => new[]
        {
            Number(i + 1), Text($"{o.DispatchNumber} ngày {o.SentOn:dd/MM/yyyy}"), Text(o.CompetentBody), Text($"{o.Action}: {o.Content}"),
            Text(o.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), Number(o.DaysOverdue),
        }));
        return Table([600, 1700, 2000, 3300, 1100, 900], borders: true, cells);
    }

    public static string Rate(double? rate) => Legal.VietnameseNumber.Percent(rate);

    /// <summary>
    /// The on-time answer rate as a report's sentence says it, with what it is a share of: "Tỷ lệ trả lời đúng hạn:
    /// 66,7% (2/3 kiến nghị đến hạn)."; when nothing fell due, that, not a rate of nothing ("—", "0/0").
    /// </summary>
    public static string OnTimeSentence(ReportFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Due == 0
            ? "Chưa có kiến nghị đến hạn trả lời."
            : $"Tỷ lệ trả lời đúng hạn: {Rate(figures.OnTimeRate)} ({figures.AnsweredOnTime}/{figures.Due} kiến nghị đến hạn).";
    }

    /// <summary>The reporting body's name inside a sentence, from the letterhead's capitals: "SỞ TƯ PHÁP" → "Sở Tư pháp".</summary>
    public static string Sentence(string body) => Legal.LetterCase.SentenceCase(body);

    public static Paragraph[] Number(int n) => [Cell(n.ToString(CultureInfo.InvariantCulture), JustificationValues.Center)];

    public static Paragraph[] Text(string s) => [Cell(s, JustificationValues.Left)];

    public static Paragraph Cell(string text, JustificationValues? align = null, bool bold = false) =>
        P(text, align ?? JustificationValues.Center, bold: bold, size: 24, after: 0);

    public static Paragraph P(string text, JustificationValues? align = null, bool bold = false, bool italic = false, bool underline = false, int size = 28, int before = 0, int after = 80, bool indent = false)
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

    public static Table Table(int[] widths, bool borders, IEnumerable<Paragraph[][]> rows)
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
