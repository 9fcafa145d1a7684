using System.Data.Common;
using System.Globalization;

namespace Clientele.Storage.Database;

/// <summary>Users and API keys of the web server (schema version 4). Only hashes are stored, never secrets.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>Adds a user.</summary>
    /// <param name="name">The log-in name: 1–64 characters, no control characters or surrounding spaces; unique.</param>
    /// <param name="role">What the user may do.</param>
    /// <param name="passwordHash">The PasswordHasher hash of the password.</param>
    /// <param name="createdAt">When the user was added (UTC); default now.</param>
    /// <returns>The stored user.</returns>
    /// <exception cref="ArgumentException">The name is not valid, or a user of that name exists.</exception>
    public UserAccount AddUser(string name, UserRole role, string passwordHash, DateTime? createdAt = null)
    {
        CheckName(name, nameof(name), "user name");
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        if (FindUser(name) is not null) throw new ArgumentException($"A user named '{name}' already exists.", nameof(name));
        var at = Millisecond(createdAt ?? DateTime.UtcNow);
        using var insert = Command("INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at)");
        dialect.AddParameter(insert, "@name", ColumnType.Text).Value = name;
        dialect.AddParameter(insert, "@role", ColumnType.Text).Value = role.Name();
        dialect.AddParameter(insert, "@hash", ColumnType.Text).Value = passwordHash;
        AddValue(insert, "@at", dialect.TimestampValue(at));
        insert.ExecuteNonQuery();
        return new UserAccount(name, role, passwordHash, at);
    }

    /// <summary>The user named <paramref name="name"/> (exact, case-sensitive), or null.</summary>
    public UserAccount? FindUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var command = Command("SELECT name, role, password_hash, created_at FROM users WHERE name = @name");
        dialect.AddParameter(command, "@name", ColumnType.Text).Value = name;
        return ReadUsers(command).SingleOrDefault();
    }

    /// <summary>Every user, by name.</summary>
    public IReadOnlyList<UserAccount> ListUsers()
    {
        using var command = Command("SELECT name, role, password_hash, created_at FROM users ORDER BY name");
        return ReadUsers(command);
    }

    /// <summary>Changes a user's password hash; false when there is no such user.</summary>
    public bool SetUserPassword(string name, string passwordHash)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        using var update = Command("UPDATE users SET password_hash = @hash WHERE name = @name");
        dialect.AddParameter(update, "@hash", ColumnType.Text).Value = passwordHash;
        dialect.AddParameter(update, "@name", ColumnType.Text).Value = name;
        return update.ExecuteNonQuery() == 1;
    }

    /// <summary>Removes a user; false when there is no such user.</summary>
    public bool DeleteUser(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var delete = Command("DELETE FROM users WHERE name = @name");
        dialect.AddParameter(delete, "@name", ColumnType.Text).Value = name;
        return delete.ExecuteNonQuery() == 1;
    }

    /// <summary>Stores a new API key (its hash only).</summary>
    /// <param name="keyId">The key's public id; unique.</param>
    /// <param name="name">What the key is for: 1–64 characters.</param>
    /// <param name="role">What requests with the key may do.</param>
    /// <param name="secretHash">Lower-case hex SHA-256 of the key's secret part.</param>
    /// <param name="createdAt">When the key was made (UTC); default now.</param>
    /// <exception cref="ArgumentException">The name or id is not valid, or the key id exists.</exception>
    public ApiKeyRecord AddApiKey(string keyId, string name, UserRole role, string secretHash, DateTime? createdAt = null)
    {
        CheckName(keyId, nameof(keyId), "key id");
        CheckName(name, nameof(name), "key name");
        ArgumentException.ThrowIfNullOrWhiteSpace(secretHash);
        if (FindApiKey(keyId) is not null) throw new ArgumentException($"An API key with id '{keyId}' already exists.", nameof(keyId));
        var at = Millisecond(createdAt ?? DateTime.UtcNow);
        using var insert = Command("INSERT INTO api_keys (key_id, name, role, secret_hash, created_at) VALUES (@id, @name, @role, @hash, @at)");
        dialect.AddParameter(insert, "@id", ColumnType.Text).Value = keyId;
        dialect.AddParameter(insert, "@name", ColumnType.Text).Value = name;
        dialect.AddParameter(insert, "@role", ColumnType.Text).Value = role.Name();
        dialect.AddParameter(insert, "@hash", ColumnType.Text).Value = secretHash;
        AddValue(insert, "@at", dialect.TimestampValue(at));
        insert.ExecuteNonQuery();
        return new ApiKeyRecord(keyId, name, role, secretHash, at, null);
    }

    /// <summary>The API key with public id <paramref name="keyId"/> (revoked or not), or null.</summary>
    public ApiKeyRecord? FindApiKey(string keyId)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        using var command = Command("SELECT key_id, name, role, secret_hash, created_at, revoked_at FROM api_keys WHERE key_id = @id");
        dialect.AddParameter(command, "@id", ColumnType.Text).Value = keyId;
        return ReadApiKeys(command).SingleOrDefault();
    }

    /// <summary>Every API key, oldest first, revoked ones included.</summary>
    public IReadOnlyList<ApiKeyRecord> ListApiKeys()
    {
        using var command = Command("SELECT key_id, name, role, secret_hash, created_at, revoked_at FROM api_keys ORDER BY id");
        return ReadApiKeys(command);
    }

    /// <summary>Revokes an API key; false when there is no such key or it was already revoked.</summary>
    public bool RevokeApiKey(string keyId, DateTime? revokedAt = null)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        using var update = Command("UPDATE api_keys SET revoked_at = @at WHERE key_id = @id AND revoked_at IS NULL");
        AddValue(update, "@at", dialect.TimestampValue(Millisecond(revokedAt ?? DateTime.UtcNow)));
        dialect.AddParameter(update, "@id", ColumnType.Text).Value = keyId;
        return update.ExecuteNonQuery() == 1;
    }

    private static void CheckName(string value, string parameter, string what)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64 || value != value.Trim() || value.Any(char.IsControl))
        {
            throw new ArgumentException($"The {what} must be 1 to 64 characters without control characters or surrounding spaces.", parameter);
        }
    }

    private static DateTime Millisecond(DateTime value)
    {
        var utc = value.ToUniversalTime();
        return new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    private static DateTime Timestamp(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateTime t => DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc),
        var text => DateTime.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
    };

    private static List<UserAccount> ReadUsers(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var users = new List<UserAccount>();
        while (reader.Read()) users.Add(new UserAccount(reader.GetString(0), UserRoles.Parse(reader.GetString(1)), reader.GetString(2), Timestamp(reader, 3)));
        return users;
    }

    private static List<ApiKeyRecord> ReadApiKeys(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKeyRecord>();
        while (reader.Read())
        {
            keys.Add(new ApiKeyRecord(
                reader.GetString(0), reader.GetString(1), UserRoles.Parse(reader.GetString(2)), reader.GetString(3), Timestamp(reader, 4),
                reader.IsDBNull(5) ? null : Timestamp(reader, 5)));
        }

        return keys;
    }
}
