using System.Globalization;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Security;

/// <summary>
/// People's accounts (<c>accounts.db</c> in the data folder): login names, roles, passwords hashed by ASP.NET
/// Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted, 100,000 iterations,
/// rehashed on sign-in when the format moves on); every sign-in attempt for audit; and the settings an admin
/// changes in the web UI (public search, the report drafts' letterhead).
/// </summary>
public sealed partial class AccountStore : Indexer.Monitoring.IPersonNames
{
    public const string FileName = "accounts.db";

    /// <summary>Passwords shorter than this are refused.</summary>
    public const int MinPasswordLength = 10;

    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;
    private readonly PasswordHasher<string> hasher = new();

    /// <exception cref="StoreFormatException">The file was written by a newer build, or is not a database.</exception>
    public AccountStore(string dataDirectory, TimeProvider clock)
    {
        var index = Path.Combine(dataDirectory, LegalIndex.FileName);
        database = SqliteDatabase.Open(Path.Combine(dataDirectory, FileName), Schema(index));
        this.clock = clock;
        using var connection = Connect();
        IndexTokenHandover.RemoveFromIndex(connection, index);
    }

    /// <summary>The accounts' tables (<c>Schema/accounts</c>); a new or upgraded file takes over the tokens of the index at <paramref name="indexPath"/>.</summary>
    internal static StoreSchema Schema(string indexPath)
    {
        void TakeTokens(SqliteConnection connection, SqliteTransaction transaction) => IndexTokenHandover.Copy(connection, transaction, indexPath);
        return StoreSchema.Embedded(typeof(AccountStore).Assembly, "accounts", "accounts",
            new Dictionary<int, Action<SqliteConnection, SqliteTransaction>> { [1] = TakeTokens }) with { FirstTable = "users", Initialise = TakeTokens };
    }

    /// <summary>Creates an account; the error names what is wrong (name, password, an existing account).</summary>
    public (UserAccount? Account, string? Error) Create(string name, string? displayName, Role role, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Trim();
        if (!LoginName().IsMatch(name))
        {
            return (null, "tên đăng nhập gồm 2–64 chữ cái không dấu, chữ số, dấu chấm, gạch nối hoặc gạch dưới (login names are 2–64 of a-z, 0-9, . - _)");
        }

        if (PasswordProblem(password) is { } problem)
        {
            return (null, problem);
        }

        using var connection = Connect();
        var now = clock.GetUtcNow();
        using var insert = Sql.Command(connection, null, "INSERT INTO users(name, display_name, role, password_hash, created_at) VALUES($n, $d, $r, $h, $at) ON CONFLICT(name) DO NOTHING",
            ("$n", name), ("$d", string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim()), ("$r", role.ToString()), ("$h", hasher.HashPassword(name, password)), ("$at", Stamp(now)));
        return insert.ExecuteNonQuery() == 1 ? (Get(name), null) : (null, $"đã có tài khoản '{name}' (an account with this name exists)");
    }

    /// <summary>Why <paramref name="password"/> is refused, or null.</summary>
    public static string? PasswordProblem(string? password) =>
        password is null || password.Length < MinPasswordLength
            ? $"mật khẩu cần ít nhất {MinPasswordLength} ký tự (a password needs at least {MinPasswordLength} characters)"
            : password.Length > 256 ? "mật khẩu quá dài (at most 256 characters)" : null;

    public UserAccount? Get(string name)
    {
        using var connection = Connect();
        return Read(connection, "SELECT name, display_name, role, created_at, disabled_at FROM users WHERE name = $n", ("$n", name)).FirstOrDefault();
    }

    /// <inheritdoc />
    public string? DisplayName(string account) => Get(account)?.DisplayName;

    public IReadOnlyList<UserAccount> List()
    {
        using var connection = Connect();
        return Read(connection, "SELECT name, display_name, role, created_at, disabled_at FROM users ORDER BY name");
    }

    /// <summary>Whether any account exists (the service tells how to create the first admin when none does).</summary>
    public bool Any()
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT 1 FROM users LIMIT 1");
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// The account whose name and password these are, or null with the reason (for the audit, never shown):
    /// an unknown name costs a hash too, so timing does not tell names apart.
    /// </summary>
    public (UserAccount? Account, string Reason) Verify(string name, string password)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT password_hash FROM users WHERE name = $n", ("$n", name));
        if (command.ExecuteScalar() is not string hash)
        {
            _ = hasher.VerifyHashedPassword(name, DummyHash, password);
            return (null, "unknown-name");
        }

        var result = hasher.VerifyHashedPassword(name, hash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            return (null, "wrong-password");
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Sql.Execute(connection, null, "UPDATE users SET password_hash = $h WHERE name = $n", ("$h", hasher.HashPassword(name, password!)), ("$n", name));
        }

        var account = Get(name)!;
        return account.Disabled ? (null, "disabled") : (account, "ok");
    }

    public (bool Done, string? Error) SetPassword(string name, string password)
    {
        if (PasswordProblem(password) is { } problem)
        {
            return (false, problem);
        }

        using var connection = Connect();
        using var update = Sql.Command(connection, null, "UPDATE users SET password_hash = $h WHERE name = $n", ("$h", hasher.HashPassword(name, password)), ("$n", name));
        return update.ExecuteNonQuery() == 1 ? (true, null) : (false, $"không có tài khoản '{name}' (no such account)");
    }

    /// <summary>Changes role, display name or disabled state; false when there is no such account.</summary>
    public bool Update(string name, Role? role = null, string? displayName = null, bool? disabled = null)
    {
        using var connection = Connect();
        using var update = Sql.Command(connection, null, """
            UPDATE users SET role = COALESCE($r, role), display_name = COALESCE($d, display_name),
                disabled_at = CASE WHEN $dis IS NULL THEN disabled_at WHEN $dis = 1 THEN COALESCE(disabled_at, $at) ELSE NULL END
            WHERE name = $n
            """, ("$r", role?.ToString()), ("$d", string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim()), ("$dis", disabled is null ? null : disabled.Value ? 1 : 0),
            ("$at", Stamp(clock.GetUtcNow())), ("$n", name));
        return update.ExecuteNonQuery() == 1;
    }

    public void RecordSignIn(string name, string? address, bool succeeded, string? reason)
    {
        using var connection = Connect();
        Sql.Execute(connection, null, "INSERT INTO sign_ins(at, name, address, succeeded, reason) VALUES($at, $n, $a, $s, $r)",
            ("$at", Stamp(clock.GetUtcNow())), ("$n", name.Length > 100 ? name[..100] : name), ("$a", address), ("$s", succeeded ? 1 : 0), ("$r", reason));
    }

    /// <summary>The latest sign-in attempts, newest first.</summary>
    public IReadOnlyList<SignInRecord> SignIns(int limit)
    {
        using var connection = Connect();
        using var command = Sql.Command(connection, null, "SELECT id, at, name, address, succeeded, reason FROM sign_ins ORDER BY id DESC LIMIT $l", ("$l", limit));
        using var reader = command.ExecuteReader();
        var list = new List<SignInRecord>();
        while (reader.Read())
        {
            list.Add(new SignInRecord(reader.GetInt64(0), Parse(reader.GetString(1)), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4) == 1, reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return list;
    }

    /// <summary>How long the public-search setting is kept before it is read again.</summary>
    public static readonly TimeSpan PublicSearchRereadAfter = TimeSpan.FromSeconds(2);

    private (bool Value, DateTimeOffset ReadAt)? publicSearch;

    /// <summary>
    /// Whether anyone may search and read documents without signing in (off unless an admin turns it on).
    /// Read again after <see cref="PublicSearchRereadAfter"/> on the store's clock (it is asked on every anonymous request; the CLI may change it).
    /// </summary>
    public bool PublicSearch
    {
        get
        {
            var now = clock.GetUtcNow();
            if (publicSearch is { } cached && now - cached.ReadAt < PublicSearchRereadAfter && now >= cached.ReadAt)
            {
                return cached.Value;
            }

            using var connection = Connect();
            using var command = Sql.Command(connection, null, "SELECT value FROM settings WHERE key = 'public_search'");
            var value = command.ExecuteScalar() as string == "true";
            publicSearch = (value, now);
            return value;
        }

        set
        {
            using var connection = Connect();
            Sql.Execute(connection, null, "INSERT INTO settings(key, value) VALUES('public_search', $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$v", value ? "true" : "false"));
            publicSearch = (value, clock.GetUtcNow());
        }
    }

    /// <summary>
    /// The letterhead and signature of the report drafts as an admin set them in the web UI, or null until one does
    /// (the <c>Monitoring:Report*</c> settings then apply). Setting null goes back to those settings.
    /// </summary>
    public Indexer.Monitoring.Reports.ReportLetterhead? Letterhead
    {
        get
        {
            using var connection = Connect();
            using var command = Sql.Command(connection, null, "SELECT value FROM settings WHERE key = 'report_letterhead'");
            try
            {
                return command.ExecuteScalar() is string json ? Indexer.Storage.Rows.StoredJson.Read<Indexer.Monitoring.Reports.ReportLetterhead>(json) : null;
            }
            catch (System.Text.Json.JsonException)
            {
                return null; // not a letterhead this build reads: the settings' apply until an admin sets it again
            }
        }

        set
        {
            using var connection = Connect();
            if (value is null)
            {
                Sql.Execute(connection, null, "DELETE FROM settings WHERE key = 'report_letterhead'");
                return;
            }

            Sql.Execute(connection, null, "INSERT INTO settings(key, value) VALUES('report_letterhead', $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                ("$v", Indexer.Storage.Rows.StoredJson.Write(value)));
        }
    }

    private List<UserAccount> Read(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = Sql.Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<UserAccount>();
        while (reader.Read())
        {
            list.Add(new UserAccount(reader.GetString(0), reader.GetString(1), Enum.Parse<Role>(reader.GetString(2)), Parse(reader.GetString(3)), reader.IsDBNull(4) ? null : Parse(reader.GetString(4))));
        }

        return list;
    }

    /// <summary>A connection to the accounts database (the token store shares it).</summary>
    internal SqliteConnection Connect() => database.Connect();

    private static string Stamp(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);

    private static readonly string DummyHash = new PasswordHasher<string>().HashPassword("", "lawmonitor-timing-equaliser");

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")]
    private static partial Regex LoginName();
}
