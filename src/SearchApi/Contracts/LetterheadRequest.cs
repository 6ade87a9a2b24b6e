namespace LawMonitor.SearchApi.Contracts;

/// <summary>The report drafts' letterhead and signature, as an admin sets them (Nghị định 30/2020/NĐ-CP layout).</summary>
/// <param name="ParentBody">The body above the issuer, in capitals: "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG".</param>
/// <param name="Body">The issuing body, in capitals: "SỞ TƯ PHÁP".</param>
/// <param name="Symbol">The symbol after the number: "BC-STP".</param>
/// <param name="Place">The place before the date: "Hòa Phong".</param>
/// <param name="SignerTitle">The signer's authority and title, one to three lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"].</param>
/// <param name="Signer">The signer's name, or none to leave it to be written.</param>
public sealed record LetterheadRequest(string? ParentBody, string? Body, string? Symbol, string? Place, IReadOnlyList<string>? SignerTitle, string? Signer);
