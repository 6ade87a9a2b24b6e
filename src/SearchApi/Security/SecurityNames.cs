namespace LawMonitor.SearchApi.Security;

/// <summary>The Vietnamese names people read for roles and sign-in results; the codes stay in the API beside them.</summary>
public static class SecurityNames
{
    public static string Of(Role role) => role switch
    {
        Role.Admin => "Quản trị viên",
        Role.Analyst => "Chuyên viên",
        _ => "Người xem",
    };

    /// <summary>A sign-in attempt's result: "Thành công", "Sai mật khẩu", "Tạm khóa do đăng nhập sai nhiều lần".</summary>
    public static string SignIn(bool succeeded, string? reason) => succeeded ? "Thành công" : reason switch
    {
        "wrong-password" => "Sai mật khẩu",
        "unknown-name" => "Không có tài khoản này",
        "disabled" => "Tài khoản đã bị khóa",
        "throttled" => "Tạm khóa do đăng nhập sai nhiều lần",
        _ => "Không thành công",
    };
}
