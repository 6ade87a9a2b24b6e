using CsCheck;

namespace LawMonitor.Indexer.Tests.Support;

/// <summary>
/// The seed every property test draws from, so that a run in CI is the same run everywhere. CsCheck seeds only the
/// first iteration of <c>Sample</c> and draws the others at random (a CI run once met a case no other run had), so
/// <see cref="SampleSeeded{T}"/> draws all of a property's cases as one array from the one seed. <c>CsCheck_Seed=…</c> in
/// the environment explores from another seed.
/// </summary>
public static class PropertySeed
{
    public const string Default = "6EvKhdkQUrq1";

    public static string Value => Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } seed ? seed : Default;

    /// <summary>
    /// Checks <paramref name="assert"/> on <paramref name="cases"/> values of <paramref name="gen"/>, all drawn from
    /// <see cref="Value"/>; a failure names the case that failed and the seed.
    /// </summary>
    public static void SampleSeeded<T>(this Gen<T> gen, Action<T> assert, int cases)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(assert);
        var seed = Value;
        gen.Array[cases].Sample(values =>
        {
            for (var i = 0; i < values.Length; i++)
            {
                try
                {
                    assert(values[i]);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"case {i + 1} of {cases} from seed {seed} failed: {Printable(values[i])}", e);
                }
            }
        }, iter: 1, threads: 1, seed: seed);
    }

    /// <summary><see cref="SampleSeeded{T}"/> for a generator of pairs.</summary>
    public static void SampleSeeded<T1, T2>(this Gen<(T1, T2)> gen, Action<T1, T2> assert, int cases) =>
        gen.SampleSeeded(t => assert(t.Item1, t.Item2), cases);

    /// <summary><see cref="SampleSeeded{T}"/> for a generator of triples.</summary>
    public static void SampleSeeded<T1, T2, T3>(this Gen<(T1, T2, T3)> gen, Action<T1, T2, T3> assert, int cases) =>
        gen.SampleSeeded(t => assert(t.Item1, t.Item2, t.Item3), cases);

    /// <summary>A case as a line of text: control and format characters (U+202E …) as \u escapes.</summary>
    private static string Printable<T>(T value) =>
        string.Concat((value?.ToString() ?? "null").Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"\\u{(int)c:X4}" : c.ToString()));
}
