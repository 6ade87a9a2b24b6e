using System.Globalization;
using System.Text;

namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>A report table as CSV (RFC 4180: comma-separated, CRLF, fields with commas, quotes or line breaks quoted); dates as yyyy-MM-dd.</summary>
public static class ReportCsv
{
    /// <summary>UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly.</summary>
    public static byte[] Write(IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(object? value)
    {
        var s = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        // A leading =, +, - or @ would be a formula to a spreadsheet: quoted and prefixed so it stays text.
        if (s.Length > 0 && s[0] is '=' or '+' or '@' || (s.Length > 1 && s[0] == '-' && !char.IsAsciiDigit(s[1])))
        {
            s = "'" + s;
        }

        return s.AsSpan().IndexOfAny(",\"\r\n") >= 0 || s.StartsWith('\'') ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
