namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// A list's impacts under one set of ranking parameters: a byte per entry (the saturation, quantised upwards)
/// and the greatest of them in each block of 64 units (one machine word of a bitmap), 0 where the list has no
/// unit. Immutable.
/// </summary>
/// <param name="Parameters">The parameters they were computed under.</param>
/// <param name="Values">One per entry of the list.</param>
/// <param name="BlockMax">One per block of the universe.</param>
internal sealed record Impacts(ImpactParameters Parameters, byte[] Values, byte[] BlockMax)
{
    /// <summary>The impacts <paramref name="values"/> of the entries <paramref name="ordinals"/>, with their block maxima over a universe of <paramref name="universeSize"/> units.</summary>
    public static Impacts Of(in ImpactParameters parameters, int[] ordinals, byte[] values, int universeSize)
    {
        var blockMax = new byte[(universeSize + 63) >> 6];
        for (var i = 0; i < ordinals.Length; i++)
        {
            ref var most = ref blockMax[ordinals[i] >> 6];
            most = Math.Max(most, values[i]);
        }

        return new Impacts(parameters, values, blockMax);
    }
}
