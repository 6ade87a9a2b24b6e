using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>Vietnamese names and stable codes of <see cref="EffectStatus"/>, and parsing of what people type.</summary>
public static class EffectStatusNames
{
    private static readonly (EffectStatus Status, string Code, string Name, string[] Aliases)[] Table =
    [
        (EffectStatus.InForce, "con-hieu-luc", "Còn hiệu lực", ["con hieu luc", "hieu luc", "in force", "inforce", "active", "con"]),
        (EffectStatus.PartlyExpired, "het-hieu-luc-mot-phan", "Hết hiệu lực một phần", ["het hieu luc mot phan", "mot phan", "partly expired", "partlyexpired", "partial"]),
        (EffectStatus.Expired, "het-hieu-luc", "Hết hiệu lực toàn bộ", ["het hieu luc", "het hieu luc toan bo", "expired", "het"]),
        (EffectStatus.NotYetInForce, "chua-co-hieu-luc", "Chưa có hiệu lực", ["chua co hieu luc", "chua hieu luc", "not yet in force", "notyetinforce", "pending"]),
        (EffectStatus.Suspended, "ngung-hieu-luc", "Ngưng hiệu lực", ["ngung hieu luc", "suspended"]),
        (EffectStatus.Unknown, "khong-ro", "Chưa rõ hiệu lực", ["khong ro", "chua ro", "unknown", "chua xac dinh"]),
    ];

    /// <summary>The stable code stored and used in filters: "con-hieu-luc".</summary>
    public static string Code(EffectStatus status) => Table.First(t => t.Status == status).Code;

    /// <summary>The Vietnamese name shown to users: "Còn hiệu lực".</summary>
    public static string Name(EffectStatus status) => Table.First(t => t.Status == status).Name;

    /// <summary>Reads a status typed with or without diacritics, as a code, a Vietnamese name or English.</summary>
    public static bool TryParse(string? text, out EffectStatus status)
    {
        status = EffectStatus.Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = VietnameseAnalyzer.FoldWords(text.Replace('-', ' ').Replace('_', ' '));
        foreach (var (s, code, name, aliases) in Table)
        {
            if (folded == code.Replace('-', ' ') || folded == VietnameseAnalyzer.FoldWords(name) || aliases.Contains(folded))
            {
                status = s;
                return true;
            }
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);
    }
}
