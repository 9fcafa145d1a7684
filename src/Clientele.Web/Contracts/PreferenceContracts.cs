namespace Clientele.Web.Contracts;

/// <summary>The signed-in user's dashboard preferences.</summary>
/// <param name="Language">"en" or "zh-CN"; null when the user has not chosen (the browser's language decides).</param>
public sealed record PreferencesResponse(string? Language);

/// <summary>A change of the signed-in user's dashboard preferences.</summary>
/// <param name="Language">"en" or "zh-CN" ("zh", "zh-Hans" are read as zh-CN).</param>
public sealed record PreferencesRequest(string? Language);
