using System.CommandLine;
using System.Text.RegularExpressions;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// What System.CommandLine itself writes — help headings and parse errors, English in its resources and with no
/// Vietnamese satellite — said in Vietnamese, as the rest of the command line speaks to an officer; the program
/// named as people run it; .NET type names ("System.Int32") replaced by what is expected ("một số nguyên").
/// Text it does not know passes through unchanged.
/// </summary>
internal static class CliVietnamese
{
    public const string ProgramName = "./lawmonitor";

    private static readonly (Regex Pattern, string Replacement)[] Headings =
    [
        (HeadingRegex("Description"), "Mô tả:"),
        (HeadingRegex("Usage"), "Cách dùng:"),
        (HeadingRegex("Arguments"), "Tham số:"),
        (HeadingRegex("Options"), "Tùy chọn:"),
        (HeadingRegex("Commands"), "Lệnh:"),
    ];

    private static readonly (string English, string Vietnamese)[] Phrases =
    [
        ("Show help and usage information", "Hiện trợ giúp và cách dùng"),
        ("Show version information", "Hiện phiên bản chương trình"),
        ("[default: ", "[mặc định: "),
        ("(REQUIRED)", "(bắt buộc)"),
        (" [command]", " [lệnh]"),
        (" [options]", " [tùy chọn]"),
    ];

    private static readonly (Regex Pattern, Func<Match, string> Say)[] Errors =
    [
        (new(@"Cannot parse argument '(?<v>.*)' for (?:option|command) '(?<s>.*)' as expected type '(?<t>.*)'\.(?: Did you mean one of the following\?)?"),
            m => $"{m.Groups["s"].Value}: không đọc được '{m.Groups["v"].Value}' — cần {Expected(m.Groups["t"].Value)}."),
        (new(@"Cannot parse argument '(?<v>.*)' as expected type '(?<t>.*)'\."),
            m => $"Không đọc được '{m.Groups["v"].Value}' — cần {Expected(m.Groups["t"].Value)}."),
        (new(@"Required argument missing for command: '(?<s>.*)'\."), m => $"Lệnh '{m.Groups["s"].Value}' còn thiếu tham số bắt buộc."),
        (new(@"Required argument missing for option: '(?<s>.*)'\."), m => $"{m.Groups["s"].Value}: thiếu giá trị."),
        (new(@"Required command was not provided\."), _ => "Cần chọn một lệnh."),
        (new(@"Option '(?<s>.*)' is required\."), m => $"Thiếu tùy chọn bắt buộc {m.Groups["s"].Value}."),
        (new(@"Unrecognized command or argument '(?<v>.*)'\."), m => $"Không có lệnh hoặc tham số '{m.Groups["v"].Value}'."),
        (new(@"'(?<v>.*)' was not matched\. Did you mean one of the following\?"), m => $"Không có '{m.Groups["v"].Value}'. Có phải là:"),
        (new(@"Argument '(?<v>.*)' not recognized\. Must be one of:"), m => $"Giá trị '{m.Groups["v"].Value}' không hợp lệ; chỉ được là:"),
        (new(@"Option '(?<s>.*)' expects a single argument but (?<n>\d+) were provided\."), m => $"{m.Groups["s"].Value} chỉ nhận một giá trị, nhưng có {m.Groups["n"].Value}."),
        (new(@"File or directory does not exist: '(?<v>.*)'\."), m => $"Không có tệp hoặc thư mục '{m.Groups["v"].Value}'."),
        (new(@"File does not exist: '(?<v>.*)'\."), m => $"Không có tệp '{m.Groups["v"].Value}'."),
        (new(@"Directory does not exist: '(?<v>.*)'\."), m => $"Không có thư mục '{m.Groups["v"].Value}'."),
        (new(@"Response file not found '(?<v>.*)'\."), m => $"Không có tệp tham số '{m.Groups["v"].Value}'."),
        (new(@"Error reading response file '(?<v>.*)': (?<e>.*)"), m => $"Lỗi khi đọc tệp tham số '{m.Groups["v"].Value}': {m.Groups["e"].Value}"),
        (new(@"(?<s>\S+) option cannot be combined with other arguments\."), m => $"Tùy chọn {m.Groups["s"].Value} không dùng cùng tham số khác."),
    ];

    /// <summary>
    /// Runs <paramref name="write"/> (help, or the parse-error action) with the configuration's output and error
    /// captured, then writes both translated; returns its exit code.
    /// </summary>
    public static int Translated(InvocationConfiguration configuration, Func<int> write)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(write);
        var (output, error) = (configuration.Output, configuration.Error);
        using var outBuffer = new StringWriter();
        using var errorBuffer = new StringWriter();
        configuration.Output = outBuffer;
        configuration.Error = errorBuffer;
        int code;
        try
        {
            code = write();
        }
        finally
        {
            (configuration.Output, configuration.Error) = (output, error);
        }

        error.Write(Translate(errorBuffer.ToString()));
        output.Write(Translate(outBuffer.ToString()));
        return code;
    }

    /// <summary>System.CommandLine's English, line by line, in Vietnamese.</summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Line(lines[i]);
        }

        return string.Join('\n', lines).Replace(RootCommand.ExecutableName + " ", ProgramName + " ", StringComparison.Ordinal);
    }

    private static string Line(string line)
    {
        foreach (var (pattern, replacement) in Headings)
        {
            if (pattern.IsMatch(line))
            {
                return replacement;
            }
        }

        foreach (var (pattern, say) in Errors)
        {
            line = pattern.Replace(line, m => say(m));
        }

        foreach (var (english, vietnamese) in Phrases)
        {
            line = line.Replace(english, vietnamese, StringComparison.Ordinal);
        }

        return line;
    }

    /// <summary>What a value of a .NET type is, as an officer would say it.</summary>
    private static string Expected(string typeName) => typeName switch
    {
        _ when typeName.Contains("Int32", StringComparison.Ordinal) || typeName.Contains("Int64", StringComparison.Ordinal) => "một số nguyên",
        _ when typeName.Contains("Double", StringComparison.Ordinal) || typeName.Contains("Decimal", StringComparison.Ordinal) => "một số",
        _ when typeName.Contains("Boolean", StringComparison.Ordinal) => "true hoặc false",
        _ when typeName.EndsWith(".Role", StringComparison.Ordinal) => "viewer, analyst hoặc admin",
        _ => "một giá trị hợp lệ",
    };

    private static Regex HeadingRegex(string english) => new($"^{english}:\\r?$", RegexOptions.CultureInvariant);
}
