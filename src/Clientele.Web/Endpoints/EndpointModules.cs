using System.Reflection;

namespace Clientele.Web.Endpoints;

/// <summary>Maps every <see cref="IEndpointModule"/> of this assembly, in name order.</summary>
public static class EndpointModules
{
    /// <summary>The module types found in this assembly.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(EndpointModules).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointModule).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>Calls each module's static <see cref="IEndpointModule.Map"/>.</summary>
    public static void MapAll(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var open = typeof(EndpointModules).GetMethod(nameof(MapOne), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var module in All) open.MakeGenericMethod(module).Invoke(null, [endpoints]);
    }

    private static void MapOne<T>(IEndpointRouteBuilder endpoints)
        where T : IEndpointModule => T.Map(endpoints);
}
