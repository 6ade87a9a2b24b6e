namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>Expected metadata; every field is compared, null meaning "the file does not say".</summary>
public sealed record GoldenMetadata(
    string? Type,
    string? Number,
    string? Issuer,
    DateOnly? IssueDate,
    string? Place,
    DateOnly? EffectiveDate,
    string? Signer,
    string? SignerTitle,
    string? Title,
    string Status);
