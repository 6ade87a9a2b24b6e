namespace LawMonitor.Indexer.Model;

/// <summary>
/// A document's number and symbol (số, ký hiệu): "19/2020/NĐ-CP", "242/QĐ-TTg".
/// </summary>
/// <param name="Display">As written in the document, spaces removed: "19/2020/NĐ-CP".</param>
/// <param name="Key">The canonical folded key: "19/2020/nd-cp".</param>
/// <param name="Keys">Every key it answers to, the full one first: "19/2020/nd-cp", "19/nd", "19/2020", "19/2020/nd".</param>
/// <param name="Year">The year in the number, when it has one.</param>
/// <param name="TypeSymbol">The folded first symbol segment naming the type: "nd".</param>
public sealed record DocumentNumber(string Display, string Key, IReadOnlyList<string> Keys, int? Year, string TypeSymbol)
{
    /// <inheritdoc />
    public override string ToString() => Display;
}
