using System.Diagnostics.CodeAnalysis;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>A changed record, or why the change was refused.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Ok/Refused read best on the result type at the call site.")]
public sealed record LifecycleResult<T>
    where T : class
{
    private LifecycleResult(T? value, LifecycleError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public LifecycleError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value is not null;

    public static LifecycleResult<T> Ok(T value) => new(value, null);

    public static LifecycleResult<T> Refused(LifecycleError error) => new(null, error);

    public static LifecycleResult<T> Refused(string code, string message, string? field = null) => new(null, new LifecycleError(code, message, field));
}
