namespace Clientele.Storage.Database;

/// <summary>A user's preferences for the web dashboard (schema version 6): the language.</summary>
public sealed partial class ClienteleStore
{
    /// <summary>The languages a user's dashboard may be set to.</summary>
    public static IReadOnlyList<string> UserLanguages { get; } = ["en", "zh-CN"];

    /// <summary>The dashboard language of user <paramref name="name"/>: "en", "zh-CN", or null when not chosen or there is no such user.</summary>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    public string? ReadUserLanguage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var command = Command("SELECT language FROM users WHERE name = @name");
        dialect.AddParameter(command, "@name", ColumnType.Text).Value = name;
        return command.ExecuteScalar() is string language ? language : null;
    }

    /// <summary>Sets the dashboard language of user <paramref name="name"/>; false when there is no such user.</summary>
    /// <param name="name">The user's name.</param>
    /// <param name="language">"en" or "zh-CN".</param>
    /// <exception cref="ArgumentException">The language is not one of <see cref="UserLanguages"/>.</exception>
    public bool SetUserLanguage(string name, string language)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (language is null || !UserLanguages.Contains(language, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The language '{language}' is not supported; use en or zh-CN.", nameof(language));
        }

        using var update = Command("UPDATE users SET language = @language WHERE name = @name");
        dialect.AddParameter(update, "@language", ColumnType.Text).Value = language;
        dialect.AddParameter(update, "@name", ColumnType.Text).Value = name;
        return update.ExecuteNonQuery() == 1;
    }
}
