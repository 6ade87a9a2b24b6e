namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// Where an issuing body stands in the hierarchy of legal documents, highest last. Two bodies of one level
/// (HĐND and UBND of a province) are ranked apart because an UBND cannot end what its HĐND resolved.
/// </summary>
public enum LegalRank
{
    /// <summary>Not known from the number, type or issuer.</summary>
    Unknown = 0,

    /// <summary>UBND xã, phường, thị trấn, đặc khu.</summary>
    CommuneCommittee = 10,

    /// <summary>HĐND xã, phường, thị trấn, đặc khu.</summary>
    CommuneCouncil = 11,

    /// <summary>UBND huyện, quận, thị xã, thành phố thuộc tỉnh.</summary>
    DistrictCommittee = 20,

    /// <summary>HĐND huyện, quận, thị xã.</summary>
    DistrictCouncil = 21,

    /// <summary>UBND tỉnh, thành phố trực thuộc trung ương.</summary>
    ProvinceCommittee = 30,

    /// <summary>HĐND tỉnh, thành phố trực thuộc trung ương.</summary>
    ProvinceCouncil = 31,

    /// <summary>Bộ, cơ quan ngang bộ (thông tư), Tòa án, Viện kiểm sát, Kiểm toán nhà nước.</summary>
    Ministry = 40,

    /// <summary>Thủ tướng Chính phủ.</summary>
    PrimeMinister = 50,

    /// <summary>Chính phủ (nghị định, nghị quyết của Chính phủ).</summary>
    Government = 60,

    /// <summary>Chủ tịch nước.</summary>
    President = 65,

    /// <summary>Ủy ban Thường vụ Quốc hội (pháp lệnh, nghị quyết).</summary>
    StandingCommittee = 70,

    /// <summary>Quốc hội (Hiến pháp, luật, bộ luật, nghị quyết).</summary>
    NationalAssembly = 80,
}
