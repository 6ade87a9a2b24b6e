using System.Diagnostics.CodeAnalysis;

namespace LawMonitor.Indexer.Outcomes;

/// <summary>A value, or the <see cref="Problem"/> that explains why there is none: expected failures are values, not exceptions.</summary>
/// <typeparam name="T">The value's type.</typeparam>
[SuppressMessage("Design", "CA1000", Justification = "Ok/Fail read best on the outcome type at the call site.")]
public sealed record Outcome<T>
    where T : class
{
    private Outcome(T? value, Problem? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value, when there is one.</summary>
    public T? Value { get; }

    /// <summary>Why there is no value.</summary>
    public Problem? Error { get; }

    /// <summary>Whether there is a value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value is not null;

    public static Outcome<T> Ok(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static Outcome<T> Fail(Problem error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));

    public static Outcome<T> Fail(string code, string message, string? field = null) => Fail(new Problem(code, message, field));

    [SuppressMessage("Usage", "CA2225", Justification = "Ok is the named alternative.")]
    public static implicit operator Outcome<T>(T value) => Ok(value);
}
