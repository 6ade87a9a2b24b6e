namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>Test classes that share one OCR reading of the scanned decree.</summary>
[CollectionDefinition(ScannedDecreeFixture.Collection)]
public sealed class ScannedDecreeCollection : ICollectionFixture<ScannedDecreeFixture>;
