using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace LawMonitor.SearchApi.Security;

/// <summary>
/// API tokens for programs, kept in the accounts store (<c>accounts.db</c>). A token is 32 random
/// bytes shown once at creation; only its SHA-256 is stored — a fast hash is right for a secret with 256
/// bits of entropy, which cannot be guessed the way a password can.
/// </summary>
public sealed class ApiTokenStore(AccountStore accounts, TimeProvider clock) : IDisposable
{
    private const string Prefix = "lm_";

    /// <summary>How long an answer of <see cref="Find"/> is remembered.</summary>
    public static readonly TimeSpan RememberedFor = TimeSpan.FromSeconds(2);

    private readonly MemoryCache recent = new(new MemoryCacheOptions { SizeLimit = 10_000, Clock = new TimeProviderSystemClock(clock) });

    /// <summary>Creates a token named <paramref name="name"/>; returns the secret (shown once) or an error.</summary>
    public (string? Token, string? Error) Create(string name, Role role)
    {
        ArgumentNullException.ThrowIfNull(name);
        name = name.Trim();
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
        {
            return (null, "tên token phải có 1–100 ký tự (token name must be 1–100 characters)");
        }

        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var connection = accounts.Connect();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO api_tokens(name, role, token_sha256, created_at) VALUES ($name, $role, $hash, $at) ON CONFLICT(name) DO NOTHING";
        insert.Parameters.AddWithValue("$name", name);
        insert.Parameters.AddWithValue("$role", role.ToString());
        insert.Parameters.AddWithValue("$hash", Hash(token));
        insert.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return insert.ExecuteNonQuery() == 1 ? (token, null) : (null, $"đã có token tên '{name}' (a token with this name exists; revoke it first)");
    }

    /// <summary>
    /// The live token whose secret is <paramref name="token"/>, or null. Answers are remembered for
    /// <see cref="RememberedFor"/> on the service's clock, 10,000 at most (a program sends many requests; a revocation
    /// through this store takes effect at once, through the CLI within 2 seconds).
    /// </summary>
    public ApiToken? Find(string token)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 200)
        {
            return null;
        }

        var hash = Hash(token);
        if (recent.TryGetValue(hash, out Remembered? cached) && cached is not null)
        {
            return cached.Token;
        }

        var found = Query("SELECT name, role, created_at, revoked_at FROM api_tokens WHERE token_sha256 = $hash AND revoked_at IS NULL", ("$hash", hash)).FirstOrDefault();
        recent.Set(hash, new Remembered(found), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberedFor });
        return found;
    }

    /// <summary>Every token, by name.</summary>
    public IReadOnlyList<ApiToken> List() => Query("SELECT name, role, created_at, revoked_at FROM api_tokens ORDER BY name");

    /// <summary>Revokes the token named <paramref name="name"/>; false when there is no live token of that name.</summary>
    public bool Revoke(string name)
    {
        using var connection = accounts.Connect();
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE api_tokens SET revoked_at = $at WHERE name = $name AND revoked_at IS NULL";
        update.Parameters.AddWithValue("$name", name);
        update.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var revoked = update.ExecuteNonQuery() == 1;
        recent.Clear(); // after the update: a lookup meanwhile cannot keep the revoked token alive
        return revoked;
    }

    private List<ApiToken> Query(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = accounts.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (n, v) in parameters)
        {
            command.Parameters.AddWithValue(n, v);
        }

        using var reader = command.ExecuteReader();
        var tokens = new List<ApiToken>();
        while (reader.Read())
        {
            tokens.Add(new ApiToken(
                reader.GetString(0),
                Enum.Parse<Role>(reader.GetString(1)),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)));
        }

        return tokens;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void Dispose() => recent.Dispose();

    /// <summary>An answer of <see cref="Find"/>: a token, or that there is none (remembered too).</summary>
    private sealed record Remembered(ApiToken? Token);
}
