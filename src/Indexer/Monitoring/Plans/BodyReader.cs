using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// Reads who leads and who cooperates, as plans write it: labelled ("Cơ quan chủ trì: Sở Tư pháp; cơ quan phối
/// hợp: Công an tỉnh, Sở Tài nguyên và Môi trường", "Đơn vị chủ trì: Cục Văn hóa cơ sở."), or in a sentence ("Sở
/// Tư pháp chủ trì, phối hợp với Công an tỉnh kiểm tra …", "Giao Sở Tư pháp chủ trì …"). A list of bodies is
/// split where a new body's name begins ("Công an tỉnh, Sở Tài nguyên và Môi trường"), not inside one ("Sở Văn
/// hóa, Thể thao và Du lịch", "các sở, ban, ngành").
/// </summary>
public static partial class BodyReader
{
    /// <summary>The words a body's name starts with (after "các" for a group).</summary>
    private static readonly string[] NameStarts =
    [
        "Sở", "Công an", "Ủy ban", "Uỷ ban", "UBND", "HĐND", "Hội đồng", "Bộ", "Cục", "Vụ", "Tổng cục", "Ban", "Văn phòng", "Thanh tra",
        "Trung tâm", "Báo", "Đài", "Hội", "Liên đoàn", "Liên minh", "Viện", "Trường", "Tòa án", "Toà án", "Kho bạc", "Chi cục", "Bộ Chỉ huy",
        "Mặt trận", "Ủy ban Mặt trận", "Tỉnh đoàn", "Đoàn", "Phòng", "Cảnh sát", "Ngân hàng", "Bảo hiểm", "Thuế", "Các", "Tổ chức", "Hải quan",
        "Quân", "Bưu điện", "Doanh nghiệp", "Cơ quan", "Đơn vị", "Thường trực", "Chủ tịch", "Giám đốc", "Thủ trưởng", "Người đứng đầu",
    ];

    /// <summary>The lead body a label names ("Cơ quan chủ trì: X"), or null.</summary>
    public static string? LabelledLead(string text)
    {
        var match = LeadLabel().Match(text);
        return match.Success ? Clean(match.Groups["v"].Value) : null;
    }

    /// <summary>The cooperating bodies a label names ("Cơ quan phối hợp: X, Y"), or none.</summary>
    public static IReadOnlyList<string> LabelledCooperating(string text)
    {
        var match = CooperatingLabel().Match(text);
        return match.Success ? Split(match.Groups["v"].Value) : [];
    }

    /// <summary>
    /// From a sentence: the body before "chủ trì" ("Sở Tư pháp chủ trì …", "Giao Sở Tư pháp chủ trì, phối hợp với
    /// Công an tỉnh …") and the bodies after "phối hợp với"; (null, none) when the sentence names no lead.
    /// </summary>
    public static (string? Lead, IReadOnlyList<string> Cooperating) FromSentence(string text)
    {
        // The first "X chủ trì" whose X is a body's name: an item's heading line ("3. Kiểm tra …") comes before the
        // sentence that assigns it on the next line.
        foreach (Match lead in SentenceLead().Matches(text))
        {
            var body = Clean(GiveWords().Replace(lead.Groups["body"].Value, ""));
            if (body is null || !StartsAsBody(body))
            {
                continue;
            }

            var with = CooperateWith().Match(text, lead.Index + lead.Length);
            return (body, with.Success ? Split(with.Groups["v"].Value) : []);
        }

        // A line that wrapped into the item's heading ("3. Kiểm tra … hành chính Sở Tư pháp chủ trì, …"): the body is
        // the name that starts last before "chủ trì", with a name it continues ("Văn phòng Ủy ban nhân dân tỉnh").
        foreach (Match verb in LeadVerb().Matches(text))
        {
            var before = text[Math.Max(0, verb.Index - 80)..verb.Index];
            var start = LastNameStart(before);
            if (start < 0 || before[start..].Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            for (var earlier = LastNameStart(before[..start].TrimEnd()); earlier >= 0 && before[earlier..start].Trim().Split(' ').Length <= 2; earlier = LastNameStart(before[..start].TrimEnd()))
            {
                start = earlier;
            }

            if (Clean(before[start..]) is { } body && StartsAsBody(body))
            {
                var with = CooperateWith().Match(text, verb.Index + verb.Length);
                return (body, with.Success ? Split(with.Groups["v"].Value) : []);
            }
        }

        return (null, []);
    }

    /// <summary>Where the last capitalised start of a body's name ("Sở", "Ủy ban", "Công an" …) begins a word in <paramref name="words"/>, or -1.</summary>
    private static int LastNameStart(string words)
    {
        var best = -1;
        foreach (var start in NameStarts.Where(n => n != "Các" && char.IsUpper(n[0])))
        {
            for (var at = words.LastIndexOf(start, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : words.LastIndexOf(start, at - 1, StringComparison.Ordinal))
            {
                var end = at + start.Length;
                if ((at == 0 || !char.IsLetter(words[at - 1])) && (end == words.Length || !char.IsLetter(words[end])))
                {
                    best = Math.Max(best, at);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The bodies of a list, split where a new body's name begins.</summary>
    public static IReadOnlyList<string> Split(string list)
    {
        var parts = new List<string>();
        foreach (var piece in list.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Cut only at a comma or "và" that a body's name follows, keeping the words between as written.
            var from = 0;
            foreach (Match separator in ListSeparator().Matches(piece))
            {
                var after = separator.Index + separator.Length;
                if (after < piece.Length && StartsAsBody(piece[after..]))
                {
                    parts.Add(piece[from..separator.Index]);
                    from = after;
                }
            }

            parts.Add(piece[from..]);
        }

        return [.. parts.Select(Clean).Where(p => p is not null && p.Length > 1).Select(p => p!).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="words"/> begins as a body's name does ("Sở …", "Công an …", "các sở …").</summary>
    public static bool StartsAsBody(string words) =>
        NameStarts.Any(s => words.StartsWith(s, StringComparison.Ordinal) && (words.Length == s.Length || !char.IsLetter(words[s.Length])))
        || words.StartsWith("các ", StringComparison.Ordinal) || words.StartsWith("UBND", StringComparison.Ordinal);

    /// <summary>A body's name without the list's punctuation, leading "và" or a trailing remark in brackets; null when nothing is left.</summary>
    public static string? Clean(string name)
    {
        var text = Whitespace().Replace(name, " ").Trim().TrimEnd('.', ';', ',', ':').Trim();
        if (text.StartsWith("và ", StringComparison.Ordinal))
        {
            text = text[3..];
        }

        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and var open)
        {
            text = text[..open].Trim();
        }

        return text.Length == 0 || text is "-" or "–" ? null : text;
    }

    // "Cơ quan chủ trì: X", "Đơn vị chủ trì: X", "Chủ trì: X", "Cơ quan thực hiện: X; Y" — never "Thời gian thực hiện: …".
    [GeneratedRegex(@"(?:(?:cơ quan|đơn vị)(?:\s*,\s*đơn vị)?\s+(?:chủ trì(?:\s+thực hiện)?|thực hiện)|(?<=^|[-–+•;:.(\s])chủ trì)\s*:\s*(?<v>[^\n]+?)" + ValueEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LeadLabel();

    // "Cơ quan phối hợp: X, Y", "Đơn vị phối hợp: X", "Phối hợp: X".
    [GeneratedRegex(@"(?:(?:cơ quan|đơn vị)(?:\s*,\s*đơn vị)?\s+phối hợp(?:\s+thực hiện)?|(?<=^|[-–+•;:.(\s])phối hợp)\s*:\s*(?<v>[^\n]+?)" + ValueEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CooperatingLabel();

    /// <summary>Where a labelled value ends: before the next label of the line, at a full stop that ends the line or a sentence, or at the line's end.</summary>
    private const string ValueEnd = @"(?=\s*[;,]?\s*(?:cơ quan|đơn vị|phối hợp|thời gian|thời hạn|tiến độ|sản phẩm)\s*[^\n:]{0,20}:|\s*[.]\s*$|\s*$|\s*[.]\s+\p{Lu})";

    // "… Sở Tư pháp chủ trì …", "Giao Sở Tư pháp chủ trì", "giao cho Sở Tư pháp chủ trì".
    [GeneratedRegex(@"(?:^\s*(?:[a-zđ]\)|\d{1,2}\.|[-–+•])?\s*|[.;:]\s*|\bgiao(?:\s+cho)?\s+)(?<body>\p{Lu}[\p{L}\p{Zs}\t,]{1,80}?)[\p{Zs}\t]+(?:chủ trì|làm đầu mối)", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex SentenceLead();

    // "phối hợp với X, Y (và Z) …" up to the verb or the end of the clause.
    [GeneratedRegex(@"phối hợp với\s+(?<v>[^;.\n]+?)(?=\s+(?:tổ chức|thực hiện|kiểm tra|khảo sát|xây dựng|tham mưu|hướng dẫn|theo dõi|triển khai|rà soát|tổng hợp|báo cáo|tập huấn)\b|[;.\n]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CooperateWith();

    [GeneratedRegex(@",\s*|\s+và\s+")]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{Zs}\t]+(?:chủ trì|làm đầu mối)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadVerb();

    [GeneratedRegex(@"^(?:Giao|giao)(?:\s+cho)?\s+")]
    private static partial Regex GiveWords();
}
