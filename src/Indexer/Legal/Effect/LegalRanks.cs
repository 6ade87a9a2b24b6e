using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// The rank of a document's issuer, read from what is known of it: the symbol of its number ("NĐ-CP",
/// "QĐ-TTg", "TT-BTP", "QH15", "NQ-HĐND", "QĐ-UBND"), its type ("Luật", "Thông tư") and the issuer's name
/// ("Ủy ban nhân dân tỉnh …", "… huyện …"). Decides who may end whom: a document is ended only by one of its
/// own issuer's rank or higher; a provincial decision that says a decree "đã hết hiệu lực" reports a fact.
/// </summary>
public static class LegalRanks
{
    public static LegalRank Of(DocumentNumber? number, string? type, string? issuer)
    {
        var symbol = IssuerSymbol(number);
        var fromSymbol = symbol switch
        {
            null => LegalRank.Unknown,
            _ when symbol.StartsWith("qh", StringComparison.Ordinal) => LegalRank.NationalAssembly,
            "ubtvqh" or "ubtvqh15" or "ubtvqh14" or "ubtvqh13" => LegalRank.StandingCommittee,
            _ when symbol.StartsWith("ubtvqh", StringComparison.Ordinal) => LegalRank.StandingCommittee,
            "ctn" => LegalRank.President,
            "cp" => LegalRank.Government,
            "ttg" => LegalRank.PrimeMinister,
            "hdnd" => Local(issuer, council: true),
            "ubnd" => Local(issuer, council: false),
            _ when symbol.StartsWith('b') || symbol is "nhnn" or "tandtc" or "vksndtc" or "ktnn" or "ttcp" or "vpcp" => LegalRank.Ministry,
            _ => LegalRank.Unknown,
        };
        if (fromSymbol != LegalRank.Unknown)
        {
            return fromSymbol;
        }

        var folded = type is null ? null : VietnameseAnalyzer.FoldWords(type);
        var fromType = folded switch
        {
            "hien phap" or "luat" or "bo luat" => LegalRank.NationalAssembly,
            "phap lenh" => LegalRank.StandingCommittee,
            "nghi dinh" => LegalRank.Government,
            "thong tu" or "thong tu lien tich" => LegalRank.Ministry,
            _ => LegalRank.Unknown,
        };
        if (fromType != LegalRank.Unknown)
        {
            return fromType;
        }

        return issuer is null ? LegalRank.Unknown : FromIssuer(VietnameseAnalyzer.FoldWords(issuer));
    }

    /// <summary>
    /// Whether a document of rank <paramref name="citing"/> can end (repeal, replace, declare expired, suspend)
    /// one of rank <paramref name="target"/>. An unknown citing rank is trusted below the central level only.
    /// </summary>
    public static bool CanEnd(LegalRank citing, LegalRank target) =>
        citing == LegalRank.Unknown ? target < LegalRank.Ministry : citing >= target;

    /// <summary>The folded issuer part of a number's symbol: "59/2012/NĐ-CP" → "cp", "64/2025/QH15" → "qh15".</summary>
    private static string? IssuerSymbol(DocumentNumber? number)
    {
        if (number is null)
        {
            return null;
        }

        var last = number.Display.Split('/')[^1];
        var dash = last.IndexOf('-', StringComparison.Ordinal);
        var part = dash >= 0 ? last[(dash + 1)..] : last;
        return part.Length == 0 ? null : VietnameseAnalyzer.FoldWords(part).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static LegalRank Local(string? issuer, bool council)
    {
        var level = issuer is null ? LegalRank.ProvinceCommittee : FromIssuer(VietnameseAnalyzer.FoldWords(issuer));
        var committee = level switch
        {
            LegalRank.CommuneCommittee or LegalRank.CommuneCouncil => LegalRank.CommuneCommittee,
            LegalRank.DistrictCommittee or LegalRank.DistrictCouncil => LegalRank.DistrictCommittee,
            _ => LegalRank.ProvinceCommittee,
        };
        return council ? committee + 1 : committee;
    }

    private static LegalRank FromIssuer(string folded)
    {
        var council = folded.Contains("hoi dong nhan dan", StringComparison.Ordinal) || folded.Contains("hdnd", StringComparison.Ordinal);
        var committee = folded.Contains("uy ban nhan dan", StringComparison.Ordinal) || folded.Contains("ubnd", StringComparison.Ordinal);
        if (!council && !committee)
        {
            return folded switch
            {
                _ when folded.Contains("uy ban thuong vu quoc hoi", StringComparison.Ordinal) => LegalRank.StandingCommittee,
                _ when folded.Contains("quoc hoi", StringComparison.Ordinal) => LegalRank.NationalAssembly,
                _ when folded.Contains("thu tuong", StringComparison.Ordinal) => LegalRank.PrimeMinister,
                _ when folded.StartsWith("chinh phu", StringComparison.Ordinal) => LegalRank.Government,
                _ when folded.Contains("chu tich nuoc", StringComparison.Ordinal) => LegalRank.President,
                _ when folded.StartsWith("bo ", StringComparison.Ordinal) || folded.StartsWith("bo truong", StringComparison.Ordinal) => LegalRank.Ministry,
                _ => LegalRank.Unknown,
            };
        }

        var level = Has(folded, "tinh") ? LegalRank.ProvinceCommittee
            : (Has(folded, "xa") && !Has(folded, "thi xa")) || Has(folded, "phuong") || Has(folded, "thi tran") || Has(folded, "dac khu") ? LegalRank.CommuneCommittee
            : Has(folded, "huyen") || Has(folded, "quan") || Has(folded, "thi xa") ? LegalRank.DistrictCommittee
            : LegalRank.ProvinceCommittee;
        return council ? level + 1 : level;
    }

    private static bool Has(string folded, string word) =>
        $" {folded} ".Contains($" {word} ", StringComparison.Ordinal);
}
