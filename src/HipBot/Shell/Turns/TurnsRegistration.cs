using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Turns;

internal static class TurnsRegistration
{
    /// <summary>The one routine every turn goes through, whoever starts it.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services) => services.AddSingleton<TurnPipeline>();
}
