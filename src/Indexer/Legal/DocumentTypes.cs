using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Vietnamese document types: their symbol in numbers (NĐ, QĐ …) and their name. Resolves what people type
/// in a filter ("nd", "nghị định", "nghi-dinh", "Nghị định") to the canonical name.
/// </summary>
public static class DocumentTypes
{
    private static readonly (string Symbol, string Name)[] Table =
    [
        ("HP", "Hiến pháp"),
        ("L", "Luật"),
        ("BLHS", "Bộ luật"),
        ("PL", "Pháp lệnh"),
        ("NQ", "Nghị quyết"),
        ("NĐ", "Nghị định"),
        ("QĐ", "Quyết định"),
        ("TT", "Thông tư"),
        ("TTLT", "Thông tư liên tịch"),
        ("CT", "Chỉ thị"),
        ("KH", "Kế hoạch"),
        ("BC", "Báo cáo"),
        ("TTr", "Tờ trình"),
        ("TB", "Thông báo"),
        ("CV", "Công văn"),
        ("VBHN", "Văn bản hợp nhất"),
        ("AL", "Án lệ"),
        ("HD", "Hướng dẫn"),
        ("ĐA", "Đề án"),
        ("CTr", "Chương trình"),
        ("BT", "Bài viết"),
        ("PLục", "Phụ lục"),
    ];

    private static readonly Dictionary<string, string> ByFolded = BuildLookup();

    /// <summary>All known types, by name.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name);

    /// <summary>The canonical name for a symbol or name typed in any form, or null when unknown.</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = VietnameseAnalyzer.FoldWords(text.Replace('-', ' ').Replace('_', ' '));
        return ByFolded.GetValueOrDefault(folded) ?? ByFolded.GetValueOrDefault(folded.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>
    /// The type a title names when it is a name, as the titles of laws, codes, ordinances and the constitution
    /// are ("Bộ luật Dân sự", "Luật Cư trú", "Hiến pháp"); null for any other title.
    /// </summary>
    public static string? OfName(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var folded = VietnameseAnalyzer.FoldWords(title);
        string[] named = ["Hiến pháp", "Bộ luật", "Pháp lệnh", "Luật"];
        return named.FirstOrDefault(n => folded == Key(n) || folded.StartsWith(Key(n) + " ", StringComparison.Ordinal));
    }

    /// <summary>The name for the folded first symbol segment of a number ("nd" → "Nghị định"), or null.</summary>
    public static string? FromSymbol(string foldedSymbol) =>
        Table.FirstOrDefault(t => WordNormalizer.Fold(t.Symbol) == foldedSymbol).Name;

    /// <summary>The folded symbol of a type name ("Nghị định" → "nd"), or null.</summary>
    public static string? SymbolOf(string name)
    {
        var folded = WordNormalizer.Fold(name);
        var entry = Table.FirstOrDefault(t => WordNormalizer.Fold(t.Name) == folded);
        return entry.Symbol is null ? null : WordNormalizer.Fold(entry.Symbol);
    }

    /// <summary>The folded key a type is stored and filtered under: "nghi dinh".</summary>
    public static string Key(string name) => VietnameseAnalyzer.FoldWords(name);

    private static Dictionary<string, string> BuildLookup()
    {
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (symbol, name) in Table)
        {
            lookup[WordNormalizer.Fold(symbol)] = name;
            lookup[VietnameseAnalyzer.FoldWords(name)] = name;
            lookup[VietnameseAnalyzer.FoldWords(name).Replace(" ", string.Empty, StringComparison.Ordinal)] = name;
        }

        return lookup;
    }
}
