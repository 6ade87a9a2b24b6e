using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LawMonitor.Indexer.Parsing.Docx;

/// <summary>
/// Turns Word's automatic list numbering into the text a reader sees ("1.", "a)", "II."), keeping a counter
/// per list and level and restarting deeper levels when a shallower one advances.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> abstractOf = [];
    private readonly Dictionary<int, AbstractNum> abstracts = [];
    private readonly Dictionary<(int Num, int Level), int> startOverrides = [];
    private readonly Dictionary<int, int[]> counters = [];
    private readonly Dictionary<string, (int Num, int Level)> styleNumbering = new(StringComparer.Ordinal);

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var a in numbering.Elements<AbstractNum>())
            {
                if (a.AbstractNumberId?.Value is { } id)
                {
                    abstracts[id] = a;
                }
            }

            foreach (var n in numbering.Elements<NumberingInstance>())
            {
                if (n.NumberID?.Value is not { } numId || n.AbstractNumId?.Val?.Value is not { } abstractId)
                {
                    continue;
                }

                abstractOf[numId] = abstractId;
                foreach (var o in n.Elements<LevelOverride>())
                {
                    if (o.LevelIndex?.Value is { } level && o.StartOverrideNumberingValue?.Val?.Value is { } start)
                    {
                        startOverrides[(numId, level)] = start;
                    }
                }
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            var props = style.StyleParagraphProperties?.NumberingProperties;
            if (style.StyleId?.Value is { } styleId && props?.NumberingId?.Val?.Value is { } num)
            {
                styleNumbering[styleId] = (num, props.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }
    }

    /// <summary>The visible number of <paramref name="paragraph"/> ("2.", "b)"), or null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties?.NumberingProperties;
        int? num = props?.NumberingId?.Val?.Value;
        var level = props?.NumberingLevelReference?.Val?.Value ?? 0;
        if (num is null && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && styleNumbering.TryGetValue(style, out var fromStyle))
        {
            (num, level) = (fromStyle.Num, fromStyle.Level);
        }

        if (num is not { } numId || numId == 0 || !abstractOf.TryGetValue(numId, out var abstractId) || !abstracts.TryGetValue(abstractId, out var definition))
        {
            return null;
        }

        var levels = definition.Elements<Level>().ToList();
        var levelDefinition = levels.FirstOrDefault(l => l.LevelIndex?.Value == level);
        if (levelDefinition is null)
        {
            return null;
        }

        if (!counters.TryGetValue(numId, out var count))
        {
            count = counters[numId] = new int[10];
            for (var i = 0; i < count.Length; i++)
            {
                count[i] = Start(numId, i, levels) - 1;
            }
        }

        count[level]++;
        for (var deeper = level + 1; deeper < count.Length; deeper++)
        {
            count[deeper] = Start(numId, deeper, levels) - 1;
        }

        var format = levelDefinition.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet)
        {
            return "-";
        }

        if (format == NumberFormatValues.None)
        {
            return null;
        }

        var text = levelDefinition.LevelText?.Val?.Value ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        for (var i = 0; i <= level && i < 9; i++)
        {
            var fmt = levels.FirstOrDefault(l => l.LevelIndex?.Value == i)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
            text = text.Replace("%" + (i + 1).ToString(CultureInfo.InvariantCulture), Format(count[i], fmt), StringComparison.Ordinal);
        }

        return text;
    }

    private int Start(int numId, int level, List<Level> levels) =>
        startOverrides.TryGetValue((numId, level), out var start) ? start
        : levels.FirstOrDefault(l => l.LevelIndex?.Value == level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int n, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter)
        {
            return Letter(n).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return Letter(n);
        }

        if (format == NumberFormatValues.LowerRoman)
        {
            return Roman(n).ToLowerInvariant();
        }

        if (format == NumberFormatValues.UpperRoman)
        {
            return Roman(n);
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letter(int n)
    {
        if (n <= 0)
        {
            return string.Empty;
        }

        var letter = (char)('A' + ((n - 1) % 26));
        return new string(letter, ((n - 1) / 26) + 1);
    }

    private static string Roman(int n)
    {
        (int Value, string Numeral)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new System.Text.StringBuilder();
        foreach (var (value, numeral) in table)
        {
            while (n >= value)
            {
                sb.Append(numeral);
                n -= value;
            }
        }

        return sb.ToString();
    }
}
