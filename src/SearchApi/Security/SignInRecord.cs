namespace LawMonitor.SearchApi.Security;

/// <summary>One attempt to sign in, kept for audit: when, which name, from where, whether it succeeded and why not.</summary>
public sealed record SignInRecord(long Id, DateTimeOffset At, string Name, string? Address, bool Succeeded, string? Reason)
{
    /// <summary>The result as people read it: "Thành công", "Sai mật khẩu".</summary>
    public string Result => SecurityNames.SignIn(Succeeded, Reason);
}
